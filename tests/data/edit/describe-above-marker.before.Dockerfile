# stagecraft: role=runtime
FROM alpine AS app
