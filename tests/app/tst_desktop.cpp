// Desktop integration of the window: the settings dialog (read, apply, defaults, and what
// the window takes from it), Help → Keyboard Shortcuts and About, and the stage graph used
// from the keyboard alone (select, move, rename, change role, rebase through the
// inspector), with accessible names on every control. Driven through real widgets with
// QTest on the offscreen platform.
#include "app/appearance.h"
#include "app/canvasitems.h"
#include "app/canvasview.h"
#include "app/codeeditor.h"
#include "app/docks.h"
#include "app/document.h"
#include "app/mainwindow.h"
#include "app/settings.h"
#include "app/settingsdialog.h"
#include "app/shortcutsdialog.h"
#include "ui_settingsdialog.h"

#include <ksyntaxhighlighting_version.h>

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFontComboBox>
#include <QGraphicsScene>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

using namespace stagecraft;
using namespace stagecraft::app;

namespace {

const QString threeStages = QStringLiteral("FROM golang:1.22 AS build\nRUN go build -o /app .\n"
                                           "FROM build AS debug\nRUN go install dlv\n"
                                           "FROM scratch AS release\nCOPY --from=build /app /app\n");

QAction *actionNamed(QWidget *window, const QString &name)
{
    return window->findChild<QAction *>(name);
}

// Runs `body` on the modal dialog of type T as soon as it shows, while `trigger` opens it.
template <typename T>
void withModal(const std::function<void()> &trigger, const std::function<void(T *)> &body)
{
    bool ran = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (dialog) {
            body(dialog);
            ran = true;
        }
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    trigger();
    QVERIFY2(ran, "the dialog did not open");
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;

    CanvasView *canvas() const { return m_window->canvas(); }
    QString text() const { return m_window->document()->text(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings(QStringLiteral("Stagecraft"), QStringLiteral("Stagecraft")).clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->newDocument(threeStages);
        QCoreApplication::processEvents();
    }

    void cleanup()
    {
        m_window->document()->textDocument()->setModified(false);
        m_window.reset();
        applyColorScheme(Settings::ColorScheme::System);
    }

    // ------------------------------------------------------------------ settings

    void settingsDialogShowsAndWritesTheSettings()
    {
        Settings settings;
        settings.setAutosaveInterval(45);
        settings.setLayoutOnOpen(true);
        SettingsDialog dialog;
        QCOMPARE(dialog.ui()->autosaveInterval->value(), 45);
        QVERIFY(dialog.ui()->layoutOnOpen->isChecked());
        QCOMPARE(dialog.ui()->colorScheme->currentData().toInt(), int(Settings::ColorScheme::System));

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.ui()->autosaveInterval->setFocus();
        dialog.ui()->autosaveInterval->selectAll();
        QTest::keyClicks(dialog.ui()->autosaveInterval, QStringLiteral("90"));
        dialog.ui()->direction->setCurrentIndex(dialog.ui()->direction->findData(int(diagram::Direction::TopToBottom)));
        dialog.ui()->fontSize->setValue(17);
        dialog.ui()->layoutOnOpen->setChecked(false);
        dialog.ui()->language->setCurrentIndex(dialog.ui()->language->findData(QStringLiteral("de")));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QTest::mouseClick(dialog.ui()->buttons->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(applied.count(), 1);

        const Settings after;
        QCOMPARE(after.autosaveInterval(), 90);
        QCOMPARE(after.layoutDirection(), diagram::Direction::TopToBottom);
        QCOMPARE(after.editorFont().pointSize(), 17);
        QVERIFY(!after.layoutOnOpen());
        QCOMPARE(after.language(), QStringLiteral("de"));
    }

    void restoreDefaultsResetsTheFormUntilApplied()
    {
        Settings().setAutosaveInterval(300);
        Settings().setLayoutDirection(diagram::Direction::TopToBottom);
        SettingsDialog dialog;
        QTest::mouseClick(dialog.ui()->buttons->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QCOMPARE(dialog.ui()->autosaveInterval->value(), 30);
        QCOMPARE(dialog.ui()->direction->currentData().toInt(), int(diagram::Direction::LeftToRight));
        QCOMPARE(Settings().autosaveInterval(), 300); // nothing written yet
        QTest::mouseClick(dialog.ui()->buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(Settings().autosaveInterval(), 300);
    }

    void theWindowTakesTheSettingsFromTheDialog()
    {
        NodeItem *build = canvas()->itemForKey(QStringLiteral("stage:build"));
        NodeItem *debug = canvas()->itemForKey(QStringLiteral("stage:debug"));
        QVERIFY(build && debug);
        QVERIFY(debug->pos().x() > build->pos().x()); // left to right
        withModal<SettingsDialog>([this] { actionNamed(m_window.get(), QStringLiteral("Configure"))->trigger(); },
                                  [](SettingsDialog *dialog) {
                                      dialog->ui()->direction->setCurrentIndex(1);
                                      dialog->ui()->fontSize->setValue(19);
                                      dialog->ui()->autosaveInterval->setValue(7);
                                      dialog->ui()->editorTheme->setCurrentIndex(
                                          dialog->ui()->editorTheme->findData(QStringLiteral("Solarized Dark")));
                                      QTest::mouseClick(dialog->ui()->buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
                                  });
        QCOMPARE(m_window->editor()->font().pointSize(), 19);
        QCOMPARE(canvas()->direction(), diagram::Direction::TopToBottom);
        QVERIFY(debug->pos().y() > build->pos().y()); // the same nodes, laid out top to bottom
        auto *timer = m_window->findChild<QTimer *>(QStringLiteral("AutosaveTimer"));
        QVERIFY(timer);
        QCOMPARE(timer->interval(), 7000);
        // The editor's background is the chosen theme's (Solarized Dark is dark).
        QVERIFY(m_window->editor()->palette().color(QPalette::Base).lightness() < 100);
    }

    void colorSchemeSettingChangesThePalette()
    {
        // in both, a disabled control's text stands out less from its background than an
        // enabled one's (it must not look enabled)
        const auto contrast = [](QPalette::ColorGroup group, QPalette::ColorRole text, QPalette::ColorRole back) {
            const QPalette p = QApplication::palette();
            return std::abs(p.color(group, text).lightness() - p.color(group, back).lightness());
        };
        const auto disabledLooksDisabled = [&] {
            for (const auto &[text, back] : {std::pair{QPalette::WindowText, QPalette::Window}, std::pair{QPalette::Text, QPalette::Base},
                                             std::pair{QPalette::ButtonText, QPalette::Button}}) {
                if (contrast(QPalette::Disabled, text, back) >= contrast(QPalette::Active, text, back))
                    return false;
            }
            return true;
        };
        applyColorScheme(Settings::ColorScheme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        QVERIFY(disabledLooksDisabled());
        applyColorScheme(Settings::ColorScheme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 128);
        QVERIFY(disabledLooksDisabled());
    }

    void layoutOnOpenForgetsHandPlacedPositions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Dockerfile"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(threeStages.toUtf8());
        file.close();
        QVERIFY(m_window->openFile(path, true));
        NodeItem *build = canvas()->itemForKey(QStringLiteral("stage:build"));
        const QPointF laidOut = build->pos();
        Settings().setNodePositions(path, {{QStringLiteral("stage:build"), laidOut + QPointF(500, 300)}});

        QVERIFY(m_window->openFile(path, true));
        QCOMPARE(canvas()->itemForKey(QStringLiteral("stage:build"))->pos(), laidOut + QPointF(500, 300));

        Settings().setLayoutOnOpen(true);
        m_window->applySettings();
        QVERIFY(m_window->openFile(path, true));
        QCOMPARE(canvas()->itemForKey(QStringLiteral("stage:build"))->pos(), laidOut);
    }

    // ------------------------------------------------------------------ help

    void shortcutsDialogListsTheMenusAndTheCanvasKeys()
    {
        ShortcutsDialog dialog(m_window->menuBar());
        QTreeWidget *list = dialog.list();
        const auto rowsMatching = [list](const QString &action) {
            QStringList keys;
            for (int i = 0; i < list->topLevelItemCount(); ++i) {
                for (int j = 0; j < list->topLevelItem(i)->childCount(); ++j) {
                    const QTreeWidgetItem *row = list->topLevelItem(i)->child(j);
                    if (row->text(0) == action && !row->isHidden())
                        keys << row->text(1);
                }
            }
            return keys;
        };
        QCOMPARE(rowsMatching(QStringLiteral("Save")),
                 QStringList{QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)});
        QCOMPARE(rowsMatching(QStringLiteral("Rename Stage")), QStringList{QStringLiteral("F2")});
        QCOMPARE(rowsMatching(QStringLiteral("Edit in Inspector")),
                 QStringList{QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText)});
        QCOMPARE(rowsMatching(QStringLiteral("Select the nearest stage in a direction")).size(), 1);

        QTest::keyClicks(dialog.filter(), QStringLiteral("rename"));
        QCOMPARE(rowsMatching(QStringLiteral("Save")), QStringList());
        QCOMPARE(rowsMatching(QStringLiteral("Rename Stage")).size(), 1);
    }

    void helpMenuOpensTheShortcuts()
    {
        withModal<ShortcutsDialog>([this] { actionNamed(m_window.get(), QStringLiteral("KeyboardShortcuts"))->trigger(); },
                                   [](ShortcutsDialog *dialog) { QVERIFY(dialog->list()->topLevelItemCount() > 3); });
    }

    void aboutNamesTheVersions()
    {
        const QString about = MainWindow::aboutText();
        QVERIFY(about.contains(QStringLiteral(STAGECRAFT_VERSION)));
        QVERIFY(about.contains(QString::fromLatin1(qVersion())));
        QVERIFY(about.contains(QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)));
    }

    // ------------------------------------------------------------------ keyboard only

    void arrowKeysMoveBetweenStages()
    {
        canvas()->setFocus(Qt::TabFocusReason);
        QCOMPARE(canvas()->selectedStage(), 2); // arriving by Tab: the build target
        QTest::keyClick(canvas()->viewport(), Qt::Key_Home);
        QCOMPARE(canvas()->selectedStage(), 0);
        QTest::keyClick(canvas()->viewport(), Qt::Key_End);
        QCOMPARE(canvas()->selectedStage(), 2);
        // Left of "release" (which copies from build) and "debug" lies "build".
        QTest::keyClick(canvas()->viewport(), Qt::Key_Home);
        QTest::keyClick(canvas()->viewport(), Qt::Key_Right);
        const int right = canvas()->selectedStage();
        QVERIFY(right == 1 || right == 2);
        QTest::keyClick(canvas()->viewport(), Qt::Key_Left);
        QCOMPARE(canvas()->selectedStage(), 0);
        // The window follows: the editor's cursor is on the selected stage's FROM line.
        QCOMPARE(m_window->editor()->textCursor().blockNumber(), 0);
        QVERIFY(canvas()->accessibleDescription().contains(QStringLiteral("build")));
        QTest::keyClick(canvas()->viewport(), Qt::Key_Escape);
        QCOMPARE(canvas()->selectedStage(), -1);
    }

    void enterEditsTheStageText()
    {
        canvas()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(canvas()->viewport(), Qt::Key_Home);
        QTest::keyClick(canvas()->viewport(), Qt::Key_End);
        QTest::keyClick(canvas()->viewport(), Qt::Key_Return);
        QVERIFY(m_window->editor()->hasFocus());
        QCOMPARE(m_window->editor()->textCursor().blockNumber(), 4); // FROM scratch AS release
    }

    void shiftArrowsMoveTheSelectedNode()
    {
        canvas()->setFocus(Qt::TabFocusReason);
        NodeItem *release = canvas()->itemForStage(2);
        const QPointF before = release->pos();
        QTest::keyClick(canvas()->viewport(), Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(canvas()->viewport(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(release->pos(), before + QPointF(10, 10));
        QVERIFY(release->isPlacedByHand());
    }

    void renameAndRoleFromTheKeyboard()
    {
        canvas()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(canvas()->viewport(), Qt::Key_Home);
        QTest::keyClick(canvas(), Qt::Key_F2);
        QLineEdit *editor = canvas()->renameEditor();
        QVERIFY(editor);
        QVERIFY(editor->hasFocus());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("compile"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(text().startsWith(QStringLiteral("FROM golang:1.22 AS compile\n")));
        QVERIFY(text().contains(QStringLiteral("COPY --from=compile /app /app")));

        canvas()->setFocus(Qt::OtherFocusReason);
        canvas()->selectStage(0);
        QTest::keyClick(canvas(), Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY2(text().contains(QStringLiteral("role=dev")), qPrintable(text()));
        QTest::keyClick(canvas(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!text().contains(QStringLiteral("role=dev")));
    }

    void rebaseThroughTheInspectorFromTheKeyboard()
    {
        canvas()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(canvas()->viewport(), Qt::Key_End); // release
        QTest::keyClick(canvas(), Qt::Key_I, Qt::ControlModifier);
        InspectorDock *inspector = m_window->inspectorDock();
        QVERIFY(inspector->nameEdit()->hasFocus());
        QCOMPARE(inspector->nameEdit()->text(), QStringLiteral("release"));
        QTest::keyClick(inspector->nameEdit(), Qt::Key_Tab);
        QVERIFY(inspector->baseEdit()->hasFocus());
        inspector->baseEdit()->lineEdit()->selectAll();
        QTest::keyClicks(inspector->baseEdit(), QStringLiteral("alpine:3.20"));
        QTest::keyClick(inspector->baseEdit(), Qt::Key_Return);
        QVERIFY2(text().contains(QStringLiteral("FROM alpine:3.20 AS release\n")), qPrintable(text()));
    }

    void everyControlHasAnAccessibleName()
    {
        QStringList unnamed;
        const auto widgets = m_window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || qobject_cast<QMenu *>(widget))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName() + u" in "
                               + QString::fromLatin1(widget->parentWidget()->metaObject()->className()) + u' '
                               + widget->parentWidget()->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
