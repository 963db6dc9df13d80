FROM debian:bookworm AS base
RUN <<EOF
apt-get update
FROM this is not an instruction
EOF
COPY <<-EOT /etc/motd
	hello
	EOT
RUN <<A cat - <<'B' > /out
first
A
second $HOME
B

FROM base
