#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

namespace ichq::ui {

// Every command of the reader window as a QAction with its shortcut, and the menus and toolbar
// that show them. Only names, icons, shortcuts and placement live here; MainWindow decides
// what each one does.
class ReaderActions : public QObject
{
    Q_OBJECT
public:
    explicit ReaderActions(QMainWindow *window);

    void retranslateUi();
    // The language toggle names the other language: "中文" in English, "EN" in Chinese.
    void setInterfaceChinese(bool chinese);
    QMenu *viewMenu() const { return m_view; } // Appearance adds its submenu here

    QAction *refresh;
    QAction *workOffline; // checkable
    QAction *print;
    QAction *exportPdf;
    QAction *quit;
    QAction *find;
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomReset;
    QAction *notify; // checkable
    QAction *next;
    QAction *previous;
    QAction *nextUnread;
    QAction *fullScreen; // checkable
    QAction *pageDownOrNext;
    QAction *toggleRead;
    QAction *toggleStar;
    QAction *markAllRead;
    QAction *openInBrowser;
    QAction *about;
    QAction *preferences;
    QAction *leaveMessage;
    QAction *outbox;
    QAction *privacy;
    QAction *language; // switches English <-> Chinese

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyIcons();
    void buildMenus(QMainWindow *window);
    void buildToolBar(QMainWindow *window);

    QMenu *m_file = nullptr;
    QMenu *m_edit = nullptr;
    QMenu *m_view = nullptr;
    QMenu *m_article = nullptr;
    QMenu *m_help = nullptr;
    QToolBar *m_toolBar = nullptr;
    bool m_chinese = false;
};

} // namespace ichq::ui
