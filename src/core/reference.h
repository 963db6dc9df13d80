// Docker image reference validation as BuildKit applies it to FROM operands
// (github.com/distribution/reference ParseNormalizedNamed). Internal to core.
#pragma once

#include <QString>
#include <QStringView>

namespace stagecraft::detail {

// Empty when `ref` is a valid image reference, else the library's error text
// (e.g. "invalid reference format").
QString referenceError(QStringView ref);

} // namespace stagecraft::detail
