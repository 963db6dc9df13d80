// Synthetic multistage Dockerfiles for benchmarks: N stages with global ARGs, continuations,
// heredocs, cache and bind mounts, COPY --from between stages, comments and role markers.
// Deterministic: the same stage count gives the same text.
#pragma once

#include <QString>

namespace stagecraft::bench {

QString generateDockerfile(int stages);

} // namespace stagecraft::bench
