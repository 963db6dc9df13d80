# stagecraft: role=prod
FROM alpine AS app
