# app serves the API
# stagecraft: role=runtime
FROM alpine AS app
