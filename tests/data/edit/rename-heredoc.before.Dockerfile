FROM alpine AS builder
RUN <<EOF
echo "FROM builder AS builder is payload here"
EOF
COPY <<-CONF /etc/app.conf
	from=builder
	CONF

FROM builder
COPY --from=builder /etc/app.conf /etc/
