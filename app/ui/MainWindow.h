#pragma once

#include "ReaderContext.h"

#include <QMainWindow>

class QSplitter;
class QStackedWidget;

namespace ichq {
class StoreReader;
struct RefreshReport;
namespace web {
class ArticleView;
}
} // namespace ichq

namespace ichq::ui {

class ArticleListModel;
class Appearance;
class ArticleMarks;
class ConsentController;
class ContentEdition;
class MessageController;
class SettingsController;
class ArticleListPane;
class EmptyState;
class OfflineBanner;
class ReaderActions;
class RefreshController;
class SectionListModel;
class SectionListView;
class StatusArea;
class ThumbnailCache;
class TrayNotifier;

// The reader window: sections | articles | the article, with menus, toolbar and status bar.
// Wires the parts together; each part does its own job.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ReaderContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    SectionListView *sectionView() const { return m_sections; }
    ArticleListPane *articleList() const { return m_list; }
    ArticleListModel *articleModel() const { return m_articleModel; }
    web::ArticleView *articleView() const { return m_articleView; }
    OfflineBanner *offlineBanner() const { return m_banner; }
    EmptyState *emptyState() const { return m_empty; }
    StatusArea *statusArea() const { return m_status; }
    RefreshController *refreshController() const { return m_refresh; }
    Appearance *appearance() const { return m_appearance; }
    ContentEdition *edition() const { return m_edition; }
    ReaderActions *actions() const { return m_actions; }
    ConsentController *consent() const { return m_consent; }
    MessageController *messages() const { return m_messages; }
    SettingsController *settingsController() const { return m_settingsController; }
    // The user confirmed "Delete my data": whoever runs the window erases and starts afresh.
    bool isEraseRequested() const { return m_eraseRequested; }
    bool isShowingEmptyState() const;

    void openArticle(qint64 id); // shows it and marks it read
    // Switches every window to `code` ("zh" or "en") and remembers it, as the toggle does.
    bool setInterfaceLanguage(const QString &code);

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildCentralArea();
    void connectActions();
    void connectRefresh();
    void buildDialogControllers();
    void restoreState();
    void saveState();
    void afterFirstPaint();

    void onArticleSelected(qint64 id);
    void pageDownOrNext();
    void markAllRead();
    void showAbout();
    void retry();
    void storeChanged();   // articles or flags changed: lists and counts follow
    void editionChanged(); // the language toggle switched editions: the other's articles
    void updateNetworkState();
    void updateEmptyState();
    void updateActionStates();
    void onRefreshFinished(const ichq::RefreshReport &report);
    void switchLanguage(); // the toggle: English <-> Chinese, remembered
    bool isInterfaceChinese() const;
    void retranslateUi();

    ReaderContext m_context;
    ContentEdition *m_edition;
    SectionListModel *m_sectionModel;
    ArticleListModel *m_articleModel;
    ArticleMarks *m_marks;
    Appearance *m_appearance = nullptr;
    StoreReader *m_reader = nullptr; // the window's reads off its thread; none without a file
    ThumbnailCache *m_thumbnails;
    ReaderActions *m_actions = nullptr;
    SectionListView *m_sections = nullptr;
    ArticleListPane *m_list = nullptr;
    web::ArticleView *m_articleView = nullptr;
    OfflineBanner *m_banner = nullptr;
    EmptyState *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    StatusArea *m_status = nullptr;
    RefreshController *m_refresh = nullptr;
    TrayNotifier *m_tray = nullptr;
    ConsentController *m_consent = nullptr;
    MessageController *m_messages = nullptr;
    SettingsController *m_settingsController = nullptr;
    bool m_firstPaintDone = false;
    bool m_started = false; // afterFirstPaint() ran
    bool m_eraseRequested = false;
    qint64 m_pendingArticle = 0; // chosen before the first paint; opened right after it
};

} // namespace ichq::ui
