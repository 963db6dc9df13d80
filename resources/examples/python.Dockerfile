# A Python service split into the three stages Stagecraft teaches.

# stagecraft: role=dev
# dev is the full environment: the dependencies in a virtualenv, the source mounted at /work
FROM python:3.12-alpine AS dev
RUN python -m venv /venv && /venv/bin/pip install flask==3.0.3
WORKDIR /work

# stagecraft: role=debugging
# debugging adds the debugger on top of dev; it must never reach production
FROM dev AS debugging
RUN /venv/bin/pip install debugpy==1.8.2

# stagecraft: role=runtime
# runtime is the small image that ships: the virtualenv from dev and the application
FROM python:3.12-alpine AS runtime
COPY --from=dev /venv /venv
COPY ./src/ /app
ENTRYPOINT ["/venv/bin/python", "/app/app.py"]
