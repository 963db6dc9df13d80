#include "noticebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>

namespace stagecraft::app {

NoticeBar::NoticeBar(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("NoticeBar"));
    m_text->setObjectName(QStringLiteral("NoticeText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_icon->setAlignment(Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    updateIcon();
    hide();
}

void NoticeBar::setNotice(const QString &text)
{
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

QString NoticeBar::notice() const
{
    return isHidden() ? QString() : m_text->text();
}

void NoticeBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        updateIcon();
}

void NoticeBar::paintEvent(QPaintEvent *)
{
    // a warning tint of the window's own colour, so that it reads in light and dark themes
    const QColor window = palette().color(QPalette::Window);
    const QColor amber(246, 116, 0);
    const auto mix = [&window](const QColor &with, float t) {
        return QColor::fromRgbF(window.redF() * (1 - t) + with.redF() * t, window.greenF() * (1 - t) + with.greenF() * t,
                                window.blueF() * (1 - t) + with.blueF() * t);
    };
    QPainter painter(this);
    painter.setPen(mix(amber, 0.6f));
    painter.setBrush(mix(amber, 0.18f));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void NoticeBar::updateIcon()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
}

} // namespace stagecraft::app
