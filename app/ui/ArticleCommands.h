#pragma once

#include <QObject>

class QStatusBar;
class QWidget;

namespace ichq {
class Database;
class Settings;
} // namespace ichq

namespace ichq::web {
class ArticleView;
}

namespace ichq::ui {

class ReaderActions;

// The commands about the article on screen (Print, Export as PDF, Open Original, zoom), and what
// the article view reports back (a link opened, refused or copied, a PDF saved), said in the
// status bar. MainWindow builds one.
class ArticleCommands : public QObject
{
    Q_OBJECT
public:
    ArticleCommands(web::ArticleView *view, Database &database, Settings &settings,
                    const ReaderActions &actions, QStatusBar *status, QWidget *window);

    void openInBrowser();
    void exportPdf(); // asks where, proposing "<title>.pdf" in Documents

private:
    void connectActions(const ReaderActions &actions);
    void connectView();
    void say(const QString &text);

    web::ArticleView *m_view;
    Database &m_database;
    Settings &m_settings;
    QStatusBar *m_status;
    QWidget *m_window;
};

} // namespace ichq::ui
