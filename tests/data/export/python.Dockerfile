# A Python service split into the three stages Stagecraft teaches.

# stagecraft: role=dev
# dev is the full environment: mount the source and work inside it
FROM python:3.12-alpine AS dev
WORKDIR /work

# stagecraft: role=debugging
# debugging adds the debugger, which must never reach production
FROM python:3.12-alpine AS debugging
RUN pip install debugpy

# stagecraft: role=runtime
# runtime is the small image that ships: only the application
FROM dev AS runtime
COPY ./src/ /app
ENTRYPOINT ["python", "/app/app.py"]
