// The guided tour: a layer over the main window that dims it except the part a step talks
// about (a widget, canvas nodes or an edge, editor lines) and shows a callout next to it with
// the step's explanation, a step counter and Back / Next / Skip. Steps are made from the open
// document: they point at its actual stages, FROM lines and COPY --from. Keys: Right, Enter
// or Page Down go on; Left, Backspace or Page Up go back; Escape skips; Tab moves between
// the buttons. While the tour runs the layer takes every click, so nothing changes beneath it.
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace stagecraft::app {

class MainWindow;

class Tour : public QWidget
{
    Q_OBJECT
public:
    explicit Tour(MainWindow *window);

    struct Step {
        QString id;      // "stages", "from", "roles", "runtime", "target", "copy", "explore"
        QString title;
        QString text;    // rich text
        QPointer<QWidget> widget; // the part of the window the step is about
        QStringList nodeKeys;     // canvas nodes it points at (DiagramNode::key)
        int edgeStage = -1;       // the edge it points at: the using stage and the index
        int edgeDependency = -1;  //   into its dependencies (-1: none)
        int firstLine = 0;        // editor lines it points at, 1-based (0: none)
        int lastLine = 0;
        int stage = -1;           // the stage shown in the editor, canvas and inspector (-1: none)
    };

    // Makes the steps from the open document and shows the first one.
    void start();
    void next();   // on the last step: finishes
    void back();
    void skip();   // ends the tour at any step
    bool isActive() const { return isVisible(); }
    int currentIndex() const { return m_index; }
    int stepCount() const { return int(m_steps.size()); }
    const Step &currentStep() const { return m_steps.at(m_index); }
    const QList<Step> &steps() const { return m_steps; }
    // What is left undimmed, in this widget's (the window's) coordinates.
    const QList<QRect> &highlights() const { return m_highlights; }
    QWidget *callout() const { return m_callout; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *skipButton() const { return m_skip; }

Q_SIGNALS:
    void stepChanged(int index);
    void finished();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildSteps();
    void showStep(int index);
    void updateGeometryOfHighlights();
    bool handleKey(int key);

    MainWindow *m_window;
    QList<Step> m_steps;
    int m_index = 0;
    QList<QRect> m_highlights;
    QWidget *m_callout;
    QLabel *m_counter;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_skip;
};

} // namespace stagecraft::app
