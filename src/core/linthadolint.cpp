// hadolint's stage rules, without its false positives: DL3006 (tag the image), DL3007 (not
// :latest), DL3022 (COPY --from names a stage). DL3023 (COPY --from itself) and DL3024 (unique
// stage names) are the analysis diagnostics copy-from-self and DuplicateStageName.
#include "analysis_p.h"
#include "lint_p.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace stagecraft::detail {

namespace {

struct ImageRef {
    QString repository; // without tag and digest
    QString tag;        // empty when none
    bool digest = false;
};

ImageRef splitImage(const QString &ref)
{
    ImageRef r;
    const qsizetype at = ref.indexOf(u'@');
    r.digest = at >= 0;
    const QString name = at >= 0 ? ref.left(at) : ref;
    const qsizetype slash = name.lastIndexOf(u'/');
    const qsizetype colon = name.lastIndexOf(u':');
    if (colon > slash) {
        r.repository = name.left(colon);
        r.tag = name.mid(colon + 1);
    } else {
        r.repository = name;
    }
    return r;
}

// The one tag other than latest that the file's FROM lines give `repository`, and the first
// line that does; empty when there is none or more than one.
QString knownTag(const LintContext &c, const QString &repository, int &line)
{
    QSet<QString> tags;
    line = 0;
    for (const Stage &st : c.graph.stages) {
        if (st.baseStage >= 0 || st.baseScratch || st.baseText.contains(u'$'))
            continue;
        const ImageRef r = splitImage(st.baseImage);
        if (r.repository != repository || r.tag.isEmpty() || r.tag == u"latest"_s)
            continue;
        tags.insert(r.tag);
        if (!line)
            line = st.firstLine;
    }
    return tags.size() == 1 ? *tags.begin() : QString();
}

bool namesAStage(const StageGraph &g, const QString &text)
{
    return g.findStage(text) >= 0;
}

void imageTags(LintContext &c)
{
    for (const Stage &st : c.graph.stages) {
        // stage references, scratch, variables and the FROM errors analysis reports are not images to tag
        if (st.baseStage >= 0 || st.baseScratch || st.baseImage.isEmpty() || st.baseText.contains(u'$')
            || namesAStage(c.graph, st.baseImage))
            continue;
        const ImageRef r = splitImage(st.baseImage);
        if (r.digest)
            continue;
        int line = 0;
        const QString tag = knownTag(c, r.repository, line);
        const QString where = u" (as on line "_s + QString::number(line) + u')';
        if (r.tag.isEmpty()) {
            QuickFix fix;
            if (!tag.isEmpty()) {
                fix = c.replaceFix(u"Tag "_s + st.baseText + u" as "_s + st.baseText + u':' + tag + where, st.baseRange,
                    st.baseText, st.baseText + u':' + tag, st.index);
            }
            c.add(Severity::Warning, u"DL3006"_s,
                u"Always tag the version of an image explicitly: \""_s + st.baseText + u"\" builds on whatever \""_s
                    + st.baseText + u":latest\" is when the image is built"_s,
                st.baseRange, fix);
        } else if (r.tag == u"latest"_s) {
            QuickFix fix;
            if (!tag.isEmpty()) {
                fix = c.replaceFix(u"Use "_s + r.repository + u':' + tag + where, st.baseRange, st.baseText,
                    r.repository + u':' + tag, st.index);
            }
            c.add(Severity::Warning, u"DL3007"_s,
                u"Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag"_s,
                st.baseRange, fix);
        }
    }
}

// Levenshtein distance, capped: `limit + 1` once it exceeds `limit`.
int distance(QStringView a, QStringView b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    std::vector<int> row(size_t(b.size() + 1));
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return std::min(row[size_t(b.size())], limit + 1);
}

void copyFromStage(LintContext &c)
{
    const StageGraph &g = c.graph;
    for (const Stage &user : g.stages) {
        for (const Dependency &dep : user.dependencies) {
            // COPY --from=image:tag, registry/image and digests are images on purpose; a bare word
            // reads as a stage name
            if (dep.kind != DependencyKind::CopyFrom || dep.onbuild || dep.stage >= 0 || dep.image.isEmpty()
                || dep.text.contains(u':') || dep.text.contains(u'/') || dep.text.contains(u'@'))
                continue;
            int value = 0;
            if (goAtoi(dep.text, value))
                continue;
            // a likely typo: one earlier stage within two edits
            QString closest;
            int best = 3;
            bool unique = false;
            const QString lower = dep.text.toLower();
            for (const Stage &st : g.stages) {
                if (st.index >= user.index || st.name.isEmpty())
                    break;
                const int d = distance(lower, st.name, 2);
                if (d < best) {
                    best = d;
                    closest = st.name;
                    unique = true;
                } else if (d == best && st.name != closest) {
                    unique = false;
                }
            }
            QuickFix fix;
            if (unique && !closest.isEmpty())
                fix = c.replaceFix(u"Copy from stage \""_s + closest + u'"', dep.range, dep.text, closest, user.index);
            c.add(Severity::Warning, u"DL3022"_s,
                u"COPY --from should reference a previously defined FROM alias: no stage is named \""_s + dep.text
                    + u"\", so BuildKit copies from the image \""_s + dep.text + u":latest\""_s
                    + (fix.isAvailable() ? QString(u" (did you mean \""_s + closest + u"\"?)"_s)
                                         : QString(u"; give an image its tag"_s)),
                dep.range, fix);
        }
    }
}

} // namespace

void hadolintRules(LintContext &c)
{
    imageTags(c);
    copyFromStage(c);
}

} // namespace stagecraft::detail
