FROM alpine AS make
RUN <<EOF
echo "FROM builder AS builder is payload here"
EOF
COPY <<-CONF /etc/app.conf
	from=builder
	CONF

FROM make
COPY --from=make /etc/app.conf /etc/
