#include "startpage.h"

#include "templates.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace stagecraft::app {

namespace {

// A command link as tall as its description needs at its actual width (QCommandLinkButton's
// own size hint assumes a narrow button, whose description wraps into many lines).
class LinkButton : public QCommandLinkButton
{
public:
    using QCommandLinkButton::QCommandLinkButton;
    QSize sizeHint() const override
    {
        QSize size = QCommandLinkButton::sizeHint();
        size.setHeight(heightForWidth(qMax(width(), 320)));
        return size;
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QCommandLinkButton::resizeEvent(event);
        if (heightForWidth(width()) != height())
            updateGeometry();
    }
};

QCommandLinkButton *linkButton(const QString &title, const QString &description, const QString &objectName, QWidget *parent)
{
    auto *button = new LinkButton(title, description, parent);
    button->setObjectName(objectName);
    button->setAccessibleDescription(description);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("StartPage"));
    setAccessibleName(tr("Start page"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);

    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("StartPageContents"));
    page->setAutoFillBackground(true);
    auto *outer = new QHBoxLayout(page);
    outer->addStretch(1);
    auto *content = new QVBoxLayout;
    outer->addLayout(content, 12);
    outer->addStretch(1);
    content->setContentsMargins(24, 32, 24, 32);
    content->setSpacing(6);

    auto *title = new QLabel(tr("Stagecraft"), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    content->addWidget(title);
    auto *subtitle = new QLabel(tr("See and shape multistage Dockerfiles: the text and the graph of its build stages, "
                                   "kept in agreement as you type."),
                                page);
    // No label wraps: the page has no height-for-width, which QScrollArea would resolve by
    // spreading the buttons apart; the buttons size themselves (LinkButton).
    content->addWidget(subtitle);
    content->addSpacing(20);

    const auto heading = [this, page](const QString &text) {
        auto *label = new QLabel(text, page);
        QFont font = label->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        label->setFont(font);
        label->setContentsMargins(8, 12, 0, 2);
        m_headings << label;
        return label;
    };

    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    content->addLayout(columns);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    left->setSpacing(2); // nested layouts would take the columns' wide spacing
    right->setSpacing(2);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    left->addWidget(heading(tr("Start")));
    QCommandLinkButton *open = linkButton(tr("Open a Dockerfile…"), tr("A Dockerfile, *.Dockerfile or Containerfile"),
                                          QStringLiteral("StartOpen"), page);
    connect(open, &QAbstractButton::clicked, this, &StartPage::openRequested);
    left->addWidget(open);
    QCommandLinkButton *empty = linkButton(tr("New Empty Dockerfile"), tr("Start from a blank file"),
                                           QStringLiteral("StartNew"), page);
    connect(empty, &QAbstractButton::clicked, this, &StartPage::newRequested);
    left->addWidget(empty);
    QCommandLinkButton *tour = linkButton(tr("Take the Tour"),
                                          tr("New to multistage builds? Learn stages, dev, debugging and runtime, "
                                             "‑‑target and COPY ‑‑from on a Python example"),
                                          QStringLiteral("StartTour"), page);
    connect(tour, &QAbstractButton::clicked, this, &StartPage::tourRequested);
    left->addWidget(tour);

    left->addWidget(heading(tr("Recent Files")));
    m_recentLayout = new QVBoxLayout;
    m_recentLayout->setSpacing(0);
    left->addLayout(m_recentLayout);
    m_noRecent = new QLabel(tr("Files you open appear here."), page);
    m_noRecent->setContentsMargins(8, 4, 0, 0);
    m_noRecent->setEnabled(false);
    left->addWidget(m_noRecent);
    left->addStretch(1);

    right->addWidget(heading(tr("New from Template")));
    const QList<Template> list = templates();
    for (const Template &t : list) {
        QString name = t.title;
        name.remove(u'&');
        QCommandLinkButton *button = linkButton(name, t.description, QStringLiteral("StartTemplate_") + t.name, page);
        const QString id = t.name;
        connect(button, &QAbstractButton::clicked, this, [this, id] { Q_EMIT templateRequested(id); });
        right->addWidget(button);
    }
    right->addStretch(1);
    content->addStretch(1);

    setWidget(page);
    applyPalette();
    setRecentFiles({});
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    while (QLayoutItem *item = m_recentLayout->takeAt(0)) {
        // Later: the clicked button itself may be emitting the request that got us here.
        item->widget()->hide();
        item->widget()->setObjectName(QString());
        item->widget()->deleteLater();
        delete item;
    }
    int n = 0;
    for (const QString &path : paths) {
        if (n == maxRecentFiles)
            break;
        const QFileInfo info(path);
        const bool exists = info.exists();
        const QString where = QDir::toNativeSeparators(info.path());
        QCommandLinkButton *button = linkButton(info.fileName(), exists ? where : tr("Not found: %1").arg(where),
                                                QStringLiteral("StartRecent%1").arg(n), widget());
        button->setToolTip(QDir::toNativeSeparators(path));
        button->setEnabled(exists);
        connect(button, &QAbstractButton::clicked, this, [this, path] { Q_EMIT recentFileRequested(path); });
        m_recentLayout->addWidget(button);
        ++n;
    }
    m_noRecent->setVisible(n == 0);
}

void StartPage::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void StartPage::applyPalette()
{
    // The page sits on the base colour, like the editor it stands in for; headings in the
    // highlight colour.
    QPalette p = widget()->palette();
    p.setColor(QPalette::Window, palette().color(QPalette::Base));
    widget()->setPalette(p);
    for (QLabel *label : std::as_const(m_headings)) {
        QPalette lp = label->palette();
        lp.setColor(QPalette::WindowText, palette().color(QPalette::Highlight));
        label->setPalette(lp);
    }
}

} // namespace stagecraft::app
