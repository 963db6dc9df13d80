// What `docker build --target T` runs: the stages it builds in order, the ones it skips,
// which built stages end up in the image (the target's FROM chain) and which only feed it
// artifacts, and the command itself. Shared by `stagecraft plan` and the Build plan dock.
#pragma once

#include "stagegraph.h"

namespace stagecraft {

struct BuildPlan {
    int target = -1;
    std::vector<int> built;      // ascending (BuildKit runs independent stages in parallel)
    std::vector<int> skipped;    // ascending
    std::vector<int> inImage;    // the target and the stages it inherits from (FROM chain)
    std::vector<int> feedsOnly;  // built, but only copied or mounted from
    QString command;             // e.g. docker build --target runtime -t image .
};

// `target` empty: the default target (the last stage), and the command has no --target.
// `dockerfile` is the file's path for -f when it is not ./Dockerfile; empty for none.
BuildPlan planBuild(const StageGraph &graph, const QString &target, const QString &tag, const QString &dockerfile);
QString formatBuildPlan(const StageGraph &graph, const BuildPlan &plan);

} // namespace stagecraft
