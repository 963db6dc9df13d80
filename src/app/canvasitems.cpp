#include "canvasitems.h"

#include "canvasview.h"
#include "diagram/diagrampainter.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace stagecraft::app {

NodeItem::NodeItem(const CanvasView *canvas, QString key)
    : m_canvas(canvas)
    , m_key(std::move(key))
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(1);
}

const diagram::DiagramNode &NodeItem::node() const
{
    return m_canvas->model().nodes[size_t(m_node)];
}

void NodeItem::setNode(int index, const diagram::NodeGeometry &geometry)
{
    if (geometry.size != m_geometry.size)
        prepareGeometryChange();
    m_node = index;
    m_geometry = geometry;
    const auto &n = node();
    m_stage = n.stage;
    QString tip = n.title;
    if (n.kind == diagram::NodeKind::Stage)
        tip += u'\n' + n.base;
    for (const QString &problem : n.problems)
        tip += u'\n' + problem;
    setToolTip(tip);
    update();
}

QRectF NodeItem::boundingRect() const
{
    return m_geometry.boundingRect().adjusted(-9, -9, 9, 9); // the target mark and the ports stand out
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    diagram::NodeState state;
    state.selected = option->state & QStyle::State_Selected;
    state.hovered = option->state & QStyle::State_MouseOver;
    diagram::paintNode(*painter, node(), m_geometry, m_canvas->style(), state);
    if (node().kind == diagram::NodeKind::Stage && (state.hovered || state.selected)) {
        // Connection handles: drag the output port to a stage to make it build on this one
        // (or into empty space for a new stage), drag the base port to rebase this one.
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(m_canvas->style().selection, 1.5));
        painter->setBrush(m_canvas->style().cardFill);
        painter->drawEllipse(m_geometry.basePort().adjusted(2, 2, -2, -2));
        painter->setBrush(m_canvas->style().selection);
        painter->drawEllipse(m_geometry.outputPort().adjusted(2, 2, -2, -2));
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (EdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && event->buttonDownScenePos(Qt::LeftButton) != event->scenePos())
        m_placedByHand = true;
    QGraphicsItem::mouseReleaseEvent(event);
}

EdgeItem::EdgeItem(const CanvasView *canvas, int edgeIndex, NodeItem *from, NodeItem *to)
    : m_canvas(canvas)
    , m_edge(edgeIndex)
    , m_from(from)
    , m_to(to)
{
    setZValue(0);
    m_from->addEdge(this);
    m_to->addEdge(this);
    setToolTip(edge().label);
    adjust();
}

EdgeItem::~EdgeItem()
{
    m_from->removeEdge(this);
    m_to->removeEdge(this);
}

const diagram::DiagramEdge &EdgeItem::edge() const
{
    return m_canvas->model().edges[size_t(m_edge)];
}

void EdgeItem::setEdgeIndex(int index)
{
    m_edge = index;
    setToolTip(edge().label);
    update();
}

void EdgeItem::adjust()
{
    prepareGeometryChange();
    const QRectF from = m_from->mapRectToScene(m_from->boundingRect().adjusted(6, 6, -6, -6));
    const QRectF to = m_to->mapRectToScene(m_to->boundingRect().adjusted(6, 6, -6, -6));
    m_path = diagram::edgePath(from, to, m_canvas->direction() == diagram::Direction::LeftToRight);
}

QRectF EdgeItem::boundingRect() const
{
    return m_path.boundingRect().adjusted(-12, -12, 12, 12);
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(m_path);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const bool built = m_from->node().built && m_to->node().built;
    const bool highlighted = m_from->isSelected() || m_to->isSelected();
    diagram::paintEdge(*painter, m_path, edge(), m_canvas->style(), !built, highlighted);
}

} // namespace stagecraft::app
