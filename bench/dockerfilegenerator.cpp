#include "dockerfilegenerator.h"

namespace stagecraft::bench {

QString generateDockerfile(int stages)
{
    QString out;
    out.reserve(stages * 700);
    out += QStringLiteral("# syntax=docker/dockerfile:1\nARG GO_VERSION=1.22\nARG BASE=alpine:3.19\n\n");
    for (int i = 0; i < stages; ++i) {
        const QString name = QStringLiteral("stage%1").arg(i);
        if (i % 10 == 0)
            out += QStringLiteral("# stagecraft: role=dev\n");
        out += QStringLiteral("# %1 builds part %2 of the project\n").arg(name).arg(i);
        if (i == 0 || i % 7 == 0)
            out += QStringLiteral("FROM --platform=$BUILDPLATFORM golang:${GO_VERSION} AS %1\n").arg(name);
        else
            out += QStringLiteral("FROM stage%1 AS %2\n").arg(i - 1 - (i % 3 == 0 ? 1 : 0)).arg(name);
        out += QStringLiteral("WORKDIR /src/%1\nENV CGO_ENABLED=0 \\\n    GOOS=linux \\\n    GOARCH=amd64\n").arg(name);
        out += QStringLiteral("RUN --mount=type=cache,target=/root/.cache/go-build \\\n"
                              "    --mount=type=bind,source=go.mod,target=go.mod \\\n"
                              "    go mod download && \\\n    go build -o /out/%1 ./cmd/%1\n").arg(name);
        if (i > 1) {
            // Artifacts come from a few stages back, as in real files (tools, assets, a builder).
            out += QStringLiteral("COPY --from=stage%1 /out/stage%1 /usr/local/bin/\n").arg(i - 1 - i % 5 < 0 ? 0 : i - 1 - i % 5);
            out += QStringLiteral("RUN --mount=type=bind,from=stage%1,target=/mnt ls /mnt\n").arg(i - 2);
        }
        out += QStringLiteral("COPY <<EOF /etc/%1.conf\nname=%1\nindex=%2\nEOF\n").arg(name).arg(i);
        out += QStringLiteral("RUN <<-SCRIPT\n\techo building %1\n\tgo test ./...\n\tSCRIPT\n").arg(name);
        out += QStringLiteral("LABEL org.example.stage=\"%1\" \\\n      org.example.index=\"%2\"\n").arg(name).arg(i);
        out += QStringLiteral("CMD [\"/usr/local/bin/%1\", \"--serve\"]\n\n").arg(name);
    }
    return out;
}

} // namespace stagecraft::bench
