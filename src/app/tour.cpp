#include "tour.h"

#include "buildplandock.h"
#include "canvasitems.h"
#include "canvasview.h"
#include "codeeditor.h"
#include "document.h"
#include "explanations.h"
#include "mainwindow.h"

#include "diagram/diagrammodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

namespace stagecraft::app {

namespace {

constexpr int calloutWidth = 400;
constexpr int gap = 14; // between a highlight and the callout

// The callout: a rounded card in the window colour, outlined in the highlight colour.
class Callout : public QWidget
{
public:
    explicit Callout(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("TourCallout"));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(palette().color(QPalette::Window));
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 8, 8);
    }
};

Tour::Step makeStep(const QString &id, const QString &title, const QString &text, QWidget *widget)
{
    Tour::Step step;
    step.id = id;
    step.title = title;
    step.text = text;
    step.widget = widget;
    return step;
}

// No modifier but the keypad's.
bool plainKey(const QKeyEvent *event)
{
    return (event->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier)) == Qt::KeyboardModifiers();
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString paragraph(const QString &plain)
{
    return QStringLiteral("<p>") + esc(plain) + QStringLiteral("</p>");
}

QString boldList(const QStringList &names)
{
    QStringList bold;
    for (const QString &name : names)
        bold << QStringLiteral("<b>") + esc(name) + QStringLiteral("</b>");
    return bold.join(QStringLiteral(", "));
}

QString code(const QString &text, int max = 70)
{
    QString shown = text.simplified();
    if (shown.size() > max)
        shown = shown.left(max - 1) + QChar(0x2026);
    return QStringLiteral("<code>") + esc(shown) + QStringLiteral("</code>");
}

} // namespace

Tour::Tour(MainWindow *window)
    : QWidget(window)
    , m_window(window)
    , m_callout(new Callout(this))
    , m_counter(new QLabel(m_callout))
    , m_title(new QLabel(m_callout))
    , m_text(new QLabel(m_callout))
    , m_back(new QPushButton(tr("Back"), m_callout))
    , m_next(new QPushButton(tr("Next"), m_callout))
    , m_skip(new QPushButton(tr("Skip Tour"), m_callout))
{
    setObjectName(QStringLiteral("Tour"));
    setAccessibleName(tr("Guided tour"));
    setFocusPolicy(Qt::StrongFocus);
    hide();

    auto *layout = new QVBoxLayout(m_callout);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(8);
    m_counter->setObjectName(QStringLiteral("TourCounter"));
    QPalette dimmed = m_counter->palette();
    dimmed.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_counter->setPalette(dimmed);
    layout->addWidget(m_counter);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("TourTitle"));
    layout->addWidget(m_title);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setObjectName(QStringLiteral("TourText"));
    layout->addWidget(m_text);
    auto *buttons = new QHBoxLayout;
    m_skip->setObjectName(QStringLiteral("TourSkip"));
    m_skip->setFlat(true);
    m_skip->setToolTip(tr("End the tour (Esc). Help > Take the Tour shows it again."));
    m_back->setObjectName(QStringLiteral("TourBack"));
    m_back->setToolTip(tr("The previous step (Left arrow)"));
    m_next->setObjectName(QStringLiteral("TourNext"));
    m_next->setToolTip(tr("The next step (Right arrow or Enter)"));
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);
    for (QPushButton *button : {m_back, m_next, m_skip})
        button->installEventFilter(this);
    connect(m_next, &QPushButton::clicked, this, &Tour::next);
    connect(m_back, &QPushButton::clicked, this, &Tour::back);
    connect(m_skip, &QPushButton::clicked, this, &Tour::skip);

    window->installEventFilter(this);
    // The document may change beneath the tour (a reload from disk): follow it.
    connect(window->document(), &Document::graphChanged, this, [this] {
        if (!isActive())
            return;
        buildSteps();
        showStep(qMin(m_index, stepCount() - 1));
    });
}

void Tour::start()
{
    buildSteps();
    setGeometry(m_window->rect());
    show();
    raise();
    showStep(0);
}

void Tour::next()
{
    if (m_index + 1 >= stepCount())
        skip();
    else
        showStep(m_index + 1);
}

void Tour::back()
{
    if (m_index > 0)
        showStep(m_index - 1);
}

void Tour::skip()
{
    if (!isActive())
        return;
    hide();
    m_window->editor()->setFocus();
    Q_EMIT finished();
}

void Tour::buildSteps()
{
    const Document *document = m_window->document();
    const StageGraph &graph = document->graph();
    const SyntaxTree &tree = document->tree();
    const int count = int(graph.stages.size());
    const auto withRole = [&graph](Role role) {
        for (const Stage &stage : graph.stages) {
            if (stage.role == role)
                return stage.index;
        }
        return -1;
    };
    const auto nameOf = [&graph](int stage) { return graph.stages[size_t(stage)].displayName(); };
    const auto keyOf = [&graph](int stage) { return diagram::stageKey(graph.stages[size_t(stage)]); };
    const auto fromOf = [&graph, &tree](int stage) -> const Instruction & {
        return tree.instructions[size_t(graph.stages[size_t(stage)].fromInstruction)];
    };
    const auto pointAtFrom = [&](Step &step, int stage) {
        step.firstLine = fromOf(stage).firstLine;
        step.lastLine = fromOf(stage).lastLine;
        step.nodeKeys << keyOf(stage);
        step.stage = stage;
    };
    const int dev = withRole(Role::Dev);
    const int debugging = withRole(Role::Debugging);
    const int runtime = withRole(Role::Runtime) >= 0 ? withRole(Role::Runtime) : graph.defaultTarget;

    m_steps.clear();
    QStringList names;
    for (const Stage &stage : graph.stages)
        names << stage.displayName();

    Step stages = makeStep(QStringLiteral("stages"), tr("What a stage is"),
                paragraph(Explanations::stageConcept())
                    + QStringLiteral("<p>")
                                   + (count == 1 ? tr("This file has one stage: %1.").arg(boldList(names))
                                                 : tr("This file has %1 stages: %2.").arg(count).arg(boldList(names)))
                                   + QStringLiteral("</p>"),
                m_window->canvas());
    m_steps << stages;
    if (count == 0) {
        Step explore = makeStep(QStringLiteral("explore"), tr("Explanations where you are"), paragraph(Explanations::hoverHint()),
                     m_window->editor());
        m_steps << explore;
        return;
    }

    Step from = makeStep(QStringLiteral("from"), tr("FROM and AS"), paragraph(Explanations::fromAsConcept()), m_window->editor());
    pointAtFrom(from, 0);
    {
        const Stage &first = graph.stages.front();
        const QString base = first.baseScratch ? tr("the empty filesystem (scratch)")
                           : first.baseStage >= 0 ? tr("the stage %1").arg(code(nameOf(first.baseStage)))
                                                  : tr("the image %1").arg(code(first.baseText));
        from.text += QStringLiteral("<p>") + tr("Line %1, %2, starts the stage <b>%3</b> from %4.")
                                                .arg(fromOf(0).firstLine)
                                                .arg(code(fromOf(0).original), esc(first.displayName()), base)
                   + QStringLiteral("</p>");
        for (const Stage &stage : graph.stages) {
            if (stage.baseStage < 0 || stage.name.isEmpty())
                continue;
            from.text += QStringLiteral("<p>")
                       + tr("%1 builds on the earlier stage <b>%2</b>: it starts with all of its files.")
                             .arg(code(QStringLiteral("FROM ") + stage.baseText + QStringLiteral(" AS ") + stage.nameAsWritten),
                                  esc(nameOf(stage.baseStage)))
                       + QStringLiteral("</p>");
            break;
        }
    }
    m_steps << from;

    Step roles = makeStep(QStringLiteral("roles"), tr("Dev, debugging and runtime"), paragraph(Explanations::rolesConcept()),
               m_window->canvas());
    for (int stage : {dev, debugging}) {
        if (stage < 0)
            continue;
        roles.nodeKeys << keyOf(stage);
        roles.text += QStringLiteral("<p><b>") + esc(nameOf(stage)) + QStringLiteral("</b>: ")
                    + esc(Explanations::roleMeaning(graph.stages[size_t(stage)].role)) + QStringLiteral("</p>");
        if (roles.stage < 0)
            roles.stage = stage;
    }
    if (roles.nodeKeys.isEmpty())
        roles.text += paragraph(tr("This file has no dev or debugging stage yet: Stage > Role marks one."));
    roles.text += paragraph(tr("The badge on a box shows its role: filled when a “# stagecraft: role=…” comment above "
                               "FROM marks it, dashed when Stagecraft infers it from the name."));
    m_steps << roles;

    if (runtime >= 0) {
        const Stage &stage = graph.stages[size_t(runtime)];
        Step step = makeStep(QStringLiteral("runtime"), tr("Why the runtime image is smaller and safer"),
                  paragraph(Explanations::runtimeConcept()), m_window->editor());
        pointAtFrom(step, runtime);
        const QString others = dev >= 0 && dev != runtime ? QStringLiteral("<b>") + esc(nameOf(dev)) + QStringLiteral("</b>")
                                                          : tr("the other stages");
        QString here;
        if (stage.baseScratch)
            here = tr("Here <b>%1</b> starts FROM scratch: it holds only what it copies in.").arg(esc(stage.displayName()));
        else if (stage.baseStage >= 0)
            here = tr("Here <b>%1</b> builds FROM <b>%2</b>, so it inherits everything %2 installed. Starting it from a "
                      "small image and copying in only what it needs (COPY --from) would make it smaller.")
                       .arg(esc(stage.displayName()), esc(nameOf(stage.baseStage)));
        else
            here = tr("Here <b>%1</b> starts FROM %2, not from %3: nothing of %3 comes along unless it is copied.")
                       .arg(esc(stage.displayName()), code(stage.baseText), others);
        step.text += QStringLiteral("<p>") + here + QStringLiteral("</p>");
        m_steps << step;
    }

    {
        BuildPlanDock *plan = m_window->buildPlanDock();
        Step step = makeStep(QStringLiteral("target"), tr("Building one stage: --target"), paragraph(Explanations::targetConcept()),
                  plan);
        if (graph.defaultTarget >= 0) {
            step.nodeKeys << keyOf(graph.defaultTarget);
            step.text += QStringLiteral("<p>")
                       + tr("Here %1 builds <b>%2</b>, the last stage.").arg(code(QStringLiteral("docker build .")), esc(nameOf(graph.defaultTarget)))
                       + QStringLiteral("</p>");
        }
        const int other = debugging >= 0 ? debugging : dev;
        if (other >= 0 && other != graph.defaultTarget) {
            QStringList built;
            for (int s : graph.closureOf(other))
                built << nameOf(s);
            step.text += QStringLiteral("<p>")
                       + tr("%1 builds %2 and skips the rest.")
                             .arg(code(QStringLiteral("docker build --target ") + nameOf(other) + QStringLiteral(" .")), boldList(built))
                       + QStringLiteral("</p>");
        }
        step.text += paragraph(tr("Choose a target in the Build Plan: the graph fades the stages it skips."));
        m_steps << step;
    }

    {
        // The first COPY --from, in the runtime stage when it has one.
        int user = -1;
        int dependency = -1;
        for (int pass = 0; pass < 2 && user < 0; ++pass) {
            for (const Stage &stage : graph.stages) {
                if (pass == 0 && stage.index != runtime)
                    continue;
                for (size_t d = 0; d < stage.dependencies.size(); ++d) {
                    if (stage.dependencies[d].kind == DependencyKind::CopyFrom && !stage.dependencies[d].onbuild) {
                        user = stage.index;
                        dependency = int(d);
                        break;
                    }
                }
                if (user >= 0)
                    break;
            }
        }
        Step step = makeStep(QStringLiteral("copy"), tr("Taking only what is needed: COPY --from"),
                  paragraph(Explanations::copyFromConcept()), m_window->canvas());
        if (user >= 0) {
            const Dependency &d = graph.stages[size_t(user)].dependencies[size_t(dependency)];
            const Instruction *copy = nullptr;
            for (int i : graph.stages[size_t(user)].instructions) {
                const Instruction &instruction = tree.instructions[size_t(i)];
                if (instruction.range.begin <= d.range.begin && d.range.end <= instruction.range.end)
                    copy = &instruction;
            }
            step.widget = m_window->editor();
            if (d.stage >= 0)
                step.nodeKeys << keyOf(d.stage);
            step.nodeKeys << keyOf(user);
            step.edgeStage = user;
            step.edgeDependency = dependency;
            step.stage = user;
            step.firstLine = copy ? copy->firstLine : d.line;
            step.lastLine = copy ? copy->lastLine : d.line;
            QStringList sources;
            if (copy && copy->args.size() >= 2) {
                for (size_t i = 0; i + 1 < copy->args.size(); ++i)
                    sources << copy->args[i].value;
            }
            const QString from = d.stage >= 0 ? nameOf(d.stage) : d.text;
            step.text += QStringLiteral("<p>")
                       + tr("Here line %1, %2, copies only %3 from <b>%4</b> into <b>%5</b>: the arrow between them "
                            "on the graph.")
                             .arg(step.firstLine)
                             .arg(code(copy ? copy->original : d.text),
                                  sources.isEmpty() ? tr("the paths it names") : code(sources.join(u' ')), esc(from),
                                  esc(nameOf(user)))
                       + QStringLiteral("</p>");
        } else {
            step.text += paragraph(tr("This file copies nothing between stages yet."));
        }
        m_steps << step;
    }

    Step explore = makeStep(QStringLiteral("explore"), tr("Explanations where you are"), paragraph(Explanations::hoverHint()),
                 m_window->editor());
    m_steps << explore;
}

void Tour::showStep(int index)
{
    if (index < 0 || index >= stepCount())
        return;
    m_index = index;
    const Step &step = m_steps.at(index);
    if (step.id == u"target" && step.widget) {
        step.widget->show();
        step.widget->raise();
    }
    CanvasView *canvas = m_window->canvas();
    CodeEditor *editor = m_window->editor();
    if (step.stage >= 0)
        m_window->showStage(step.stage);
    if (step.firstLine > 0) {
        const QTextBlock block = editor->document()->findBlockByNumber(step.firstLine - 1);
        if (block.isValid()) {
            QTextCursor cursor(block);
            if (editor->textCursor().blockNumber() != block.blockNumber())
                editor->setTextCursor(cursor);
            editor->ensureCursorVisible();
        }
    }
    for (const QString &key : step.nodeKeys) {
        if (NodeItem *item = canvas->itemForKey(key))
            canvas->ensureVisible(item, 30, 30);
    }
    m_counter->setText(tr("Step %1 of %2").arg(index + 1).arg(stepCount()));
    m_title->setText(step.title);
    m_text->setText(step.text);
    m_back->setEnabled(index > 0);
    m_next->setText(index + 1 == stepCount() ? tr("Finish") : tr("Next"));
    updateGeometryOfHighlights();
    raise();
    m_next->setFocus();
    Q_EMIT stepChanged(index);
}

void Tour::updateGeometryOfHighlights()
{
    if (m_steps.isEmpty())
        return;
    const Step &step = currentStep();
    CanvasView *canvas = m_window->canvas();
    CodeEditor *editor = m_window->editor();
    const auto toLocal = [this](const QWidget *widget, const QRect &rect) {
        return QRect(mapFromGlobal(widget->mapToGlobal(rect.topLeft())), rect.size());
    };
    QList<QRect> lines;
    QList<QRect> graph;
    if (step.firstLine > 0 && editor->isVisible()) {
        const QTextBlock first = editor->document()->findBlockByNumber(step.firstLine - 1);
        QTextBlock last = editor->document()->findBlockByNumber(qMax(step.firstLine, step.lastLine) - 1);
        if (!last.isValid())
            last = first;
        if (first.isValid()) {
            QTextCursor end(last);
            end.movePosition(QTextCursor::EndOfBlock);
            const QRect top = editor->cursorRect(QTextCursor(first));
            const QRect bottom = editor->cursorRect(end);
            const QRect band = QRect(0, top.top() - 2, editor->viewport()->width(), bottom.bottom() - top.top() + 5)
                                   .intersected(editor->viewport()->rect());
            if (!band.isEmpty())
                lines << toLocal(editor->viewport(), band);
        }
    }
    const QRect canvasArea = canvas->viewport()->rect();
    const auto sceneRect = [&](const QRectF &rect) {
        const QRect r = canvas->mapFromScene(rect).boundingRect().intersected(canvasArea);
        if (!r.isEmpty() && canvas->isVisible())
            graph << toLocal(canvas->viewport(), r);
    };
    for (const QString &key : step.nodeKeys) {
        if (NodeItem *item = canvas->itemForKey(key))
            sceneRect(item->mapRectToScene(item->geometry().boundingRect()));
    }
    if (step.edgeStage >= 0) {
        const QList<EdgeItem *> edges = canvas->edgeItems();
        for (EdgeItem *edge : edges) {
            if (edge->edge().dependency == step.edgeDependency
                && canvas->model().nodes[size_t(edge->edge().to)].stage == step.edgeStage) {
                sceneRect(edge->sceneBoundingRect().adjusted(6, 6, -6, -6));
                break;
            }
        }
    }
    m_highlights = lines + graph;
    if (m_highlights.isEmpty() && step.widget && step.widget->isVisible())
        m_highlights << toLocal(step.widget, step.widget->rect());
    // The target step shows the Build Plan dock beside the target's node.
    if (step.id == u"target" && step.widget && step.widget->isVisible() && !graph.isEmpty())
        m_highlights.prepend(toLocal(step.widget, step.widget->rect()));

    // The callout goes beside the graph part (the canvas has room), else beside the rest,
    // where it covers no highlight and stays inside the window.
    const int width = qMin(calloutWidth, this->width() - 2 * gap);
    QLayout *layout = m_callout->layout();
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height();
    const QSize size(width, height);
    QRect anchor;
    for (const QRect &r : std::as_const(graph.isEmpty() ? m_highlights : graph))
        anchor = anchor.united(r);
    const QRect area = rect().adjusted(gap, gap, -gap, -gap);
    QRect placed;
    if (!anchor.isEmpty()) {
        const QList<QPoint> candidates = {
            {anchor.left(), anchor.bottom() + gap},          // below
            {anchor.right() + gap, anchor.top()},            // right
            {anchor.left() - gap - width, anchor.top()},     // left
            {anchor.left(), anchor.top() - gap - height},    // above
        };
        for (QPoint at : candidates) {
            QRect r(at, size);
            // Slide along the side to stay inside the window.
            r.moveLeft(qBound(area.left(), r.left(), qMax(area.left(), area.right() - width)));
            r.moveTop(qBound(area.top(), r.top(), qMax(area.top(), area.bottom() - height)));
            bool free = area.contains(r);
            for (const QRect &h : std::as_const(m_highlights))
                free = free && !r.intersects(h.adjusted(-4, -4, 4, 4));
            if (free) {
                placed = r;
                break;
            }
        }
    }
    if (placed.isNull()) {
        // Nothing free beside it (a highlight as large as the window): the lower right corner.
        placed = QRect(QPoint(area.right() - width, area.bottom() - height), size);
    }
    m_callout->setGeometry(placed);
    update();
}

void Tour::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPainterPath dim;
    dim.addRect(rect());
    QPainterPath holes;
    holes.setFillRule(Qt::WindingFill);
    for (const QRect &r : std::as_const(m_highlights))
        holes.addRoundedRect(QRectF(r).adjusted(-4, -4, 4, 4), 6, 6);
    painter.fillPath(dim.subtracted(holes), dark ? QColor(0, 0, 0, 150) : QColor(16, 20, 28, 110));
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2.5));
    painter.setBrush(Qt::NoBrush);
    for (const QRect &r : std::as_const(m_highlights))
        painter.drawRoundedRect(QRectF(r).adjusted(-4, -4, 4, 4), 6, 6);
}

bool Tour::handleKey(int key)
{
    switch (key) {
    case Qt::Key_Escape:
        skip();
        return true;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        back();
        return true;
    default:
        return false;
    }
}

bool Tour::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && isActive() && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)) {
        setGeometry(m_window->rect());
        updateGeometryOfHighlights();
    } else if (event->type() == QEvent::KeyPress && (watched == m_back || watched == m_next || watched == m_skip)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (!plainKey(key))
            return false;
        // Enter presses the focused button (Back, Next or Skip); arrows and Escape steer the tour.
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            static_cast<QPushButton *>(watched)->click();
            return true;
        }
        return handleKey(key->key());
    }
    return QWidget::eventFilter(watched, event);
}

void Tour::keyPressEvent(QKeyEvent *event)
{
    if (plainKey(event) && handleKey(event->key()))
        return;
    QWidget::keyPressEvent(event);
}

void Tour::mousePressEvent(QMouseEvent *event)
{
    event->accept(); // the window beneath stays as it is while the tour runs
}

void Tour::wheelEvent(QWheelEvent *event)
{
    event->accept();
}

} // namespace stagecraft::app
