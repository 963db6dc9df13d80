// Golden-file comparison shared by the export tests: compares produced text with a file
// under tests/data, showing a readable unified diff when they differ. With
// STAGECRAFT_UPDATE_REFERENCES=1 in the environment the reference is rewritten instead.
#pragma once

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace stagecraft::test {

inline bool updatingReferences()
{
    return qEnvironmentVariableIntValue("STAGECRAFT_UPDATE_REFERENCES") == 1;
}

inline QString unifiedDiff(const QByteArray &expected, const QByteArray &actual)
{
    QTemporaryDir dir;
    QFile a(dir.filePath(QStringLiteral("expected"))), b(dir.filePath(QStringLiteral("actual")));
    if (!a.open(QIODevice::WriteOnly) || !b.open(QIODevice::WriteOnly))
        return QStringLiteral("(cannot write a diff)");
    a.write(expected);
    b.write(actual);
    a.close();
    b.close();
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), a.fileName(), b.fileName()});
    diff.waitForFinished();
    return QString::fromUtf8(diff.readAllStandardOutput()).left(6000);
}

// Returns an empty string when `actual` matches the reference file, else the failure text.
inline QString compareWithReference(const QString &referencePath, const QByteArray &actual)
{
    QFile file(referencePath);
    if (updatingReferences()) {
        if (!file.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write ") + referencePath;
        file.write(actual);
        return {};
    }
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("missing reference %1 (run tests/update-references.sh)").arg(referencePath);
    const QByteArray expected = file.readAll();
    if (expected == actual)
        return {};
    return QStringLiteral("%1 differs:\n%2").arg(referencePath, unifiedDiff(expected, actual));
}

} // namespace stagecraft::test
