#pragma once

#include <QList>
#include <QUrl>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace ichq::ui {

class ArticleListDelegate;
class ArticleListModel;
class ThumbnailCache;

// The middle column: a search field over the article list. Owns the rules that keep the
// reader's place: the selection follows the article id, not the row, and a reload that adds
// articles above keeps the rows on screen where they were.
class ArticleListPane : public QWidget
{
    Q_OBJECT
public:
    ArticleListPane(ArticleListModel *model, ThumbnailCache &thumbnails, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    QLabel *resultCountLabel() const { return m_resultCount; }
    QLineEdit *searchField() const { return m_search; }
    void focusSearch();

    qint64 currentId() const { return m_currentId; }
    bool selectId(qint64 id); // false when the article is not in this list
    bool moveBy(int delta);   // next (+1) / previous (-1); false at either end
    bool moveToNextUnread();  // after the current row, loading pages as needed; false if none

    void setSection(const QString &sectionKey);
    QString section() const { return m_section; }
    // The reader switched editions: their articles. An article not among them is no longer
    // current (currentArticleChanged(0)).
    void setFeeds(const QList<QUrl> &feeds);
    void reload(); // after a change in the store, read at once
    // After a refresh: read in the model's reader thread, the rows change when it answers.
    // Either way the article being read keeps its place on screen.
    void reloadLater();

signals:
    void currentArticleChanged(qint64 id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void keepPlace(qint64 id); // after a new filter: the article if it is in the list
    void onSelectionChanged();
    void updatePlaceholder();
    void showResultCount();
    void rememberPlace();
    void restorePlace();
    void retranslateUi();

    ArticleListModel *m_model;
    ArticleListDelegate *m_delegate;
    QLineEdit *m_search;
    QLabel *m_resultCount;
    QAction *m_searchIcon = nullptr;
    QListView *m_view;
    QLabel *m_placeholder;
    QTimer *m_searchDelay;
    QString m_section;
    qint64 m_currentId = 0;
    // An article chosen before the window is on screen (the one restored at start) is scrolled
    // to once the list has its real height: before, any row would land at the very top.
    bool m_scrollWhenShown = false;
    struct Place
    {
        bool atTop = true;
        qint64 anchorId = 0; // the first row in sight
        int anchorY = 0;     // and where it was
    } m_place;
};

} // namespace ichq::ui
