# A Python service: a dev environment with the source mounted, a debugging stage with
# debugpy, and a small runtime image with only the application and its dependencies.
# Build the image:      docker build -t app .
# Work inside dev:      docker build --target dev -t app-dev . && docker run -it -v "$PWD":/work app-dev
# Debug (port 5678):    docker build --target debugging -t app-debug . && docker run -p 5678:5678 -v "$PWD":/work app-debug

# stagecraft: role=dev
# dev is the full environment: the dependencies in a virtualenv, the source mounted at /work
FROM python:3.13-slim AS dev
ENV VIRTUAL_ENV=/venv PATH=/venv/bin:$PATH
RUN python -m venv /venv
RUN --mount=type=bind,source=requirements.txt,target=/tmp/requirements.txt \
    --mount=type=cache,target=/root/.cache/pip \
    pip install -r /tmp/requirements.txt
WORKDIR /work
VOLUME /work
CMD ["python", "app.py"]

# stagecraft: role=debugging
# debugging adds debugpy on top of dev; it must never reach production
FROM dev AS debugging
RUN pip install debugpy
EXPOSE 5678
CMD ["python", "-m", "debugpy", "--listen", "0.0.0.0:5678", "--wait-for-client", "app.py"]

# stagecraft: role=runtime
# runtime is the small image that ships: the virtualenv from dev and the application, nothing else
FROM python:3.13-slim AS runtime
ENV PATH=/venv/bin:$PATH PYTHONUNBUFFERED=1
COPY --from=dev /venv /venv
WORKDIR /app
COPY src/ /app/
USER nobody
ENTRYPOINT ["python", "/app/app.py"]
