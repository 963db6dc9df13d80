#include "stagegraph.h"

#include "textutil_p.h"

#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stagecraft {

QString roleName(Role role)
{
    switch (role) {
    case Role::None:
        return {};
    case Role::Dev:
        return u"dev"_s;
    case Role::Debugging:
        return u"debugging"_s;
    case Role::Runtime:
        return u"runtime"_s;
    }
    return {};
}

std::optional<Role> roleFromName(QStringView name)
{
    if (name.compare(u"none"_s, Qt::CaseInsensitive) == 0)
        return Role::None; // an explicit "role=none" marker
    for (Role r : {Role::Dev, Role::Debugging, Role::Runtime}) {
        if (name.compare(roleName(r), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

QString dependencyKindName(DependencyKind kind)
{
    switch (kind) {
    case DependencyKind::From:
        return u"from"_s;
    case DependencyKind::CopyFrom:
        return u"copy-from"_s;
    case DependencyKind::MountFrom:
        return u"mount-from"_s;
    }
    return {};
}

QString Stage::displayName() const
{
    return name.isEmpty() ? u"stage "_s + QString::number(index) : name;
}

void StageGraph::bindItems()
{
    for (Stage &st : stages) {
        st.instructions.bind(allInstructions.data());
        st.dependencies.bind(allDependencies.data());
        st.comments.bind(allComments.data());
    }
}

void StageGraph::releaseValues() noexcept
{
    detail::ReferenceRelease release;
    for (Stage &st : stages) {
        for (QString *s : {&st.name, &st.nameAsWritten, &st.baseText, &st.baseExpanded, &st.baseImage, &st.platform,
                 &st.platformExpanded, &st.description})
            release.add(*s);
    }
    std::vector<Stage>().swap(stages);
    for (Dependency &d : allDependencies) {
        release.add(d.image);
        release.add(d.text);
    }
    std::vector<Dependency>().swap(allDependencies);
    for (QString &c : allComments)
        release.add(c);
    std::vector<QString>().swap(allComments);
}

int StageGraph::findStage(QStringView stageName) const
{
    const QString lower = stageName.toString().toLower();
    for (int i = int(stages.size()) - 1; i >= 0; --i) {
        if (!stages[size_t(i)].name.isEmpty() && stages[size_t(i)].name == lower)
            return i;
    }
    return -1;
}

std::vector<int> StageGraph::closureOf(int stage) const
{
    std::vector<int> out;
    if (stage < 0 || stage >= int(stages.size()))
        return out;
    // (on the stack for the usual file: the analysis computes one closure a file)
    QVarLengthArray<char, 256> seen(qsizetype(stages.size()), 0);
    QVarLengthArray<int, 256> todo;
    todo.reserve(qsizetype(stages.size())); // each stage is pushed at most once
    todo.push_back(stage);
    out.reserve(stages.size());
    seen[size_t(stage)] = 1;
    while (!todo.empty()) {
        const int s = todo.back();
        todo.pop_back();
        out.push_back(s);
        for (const Dependency &d : stages[size_t(s)].dependencies) {
            if (d.stage >= 0 && d.stage < int(stages.size()) && !seen[size_t(d.stage)]) {
                seen[size_t(d.stage)] = 1;
                todo.push_back(d.stage);
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool StageGraph::hasErrors() const
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
        [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

} // namespace stagecraft
