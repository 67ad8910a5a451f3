#pragma once

#include <QListView>

namespace ichq::ui {

class SectionListModel;

// The list of sections, with unread counts drawn at the right. Keeps its selection by key
// across reloads and says when the user picked another section.
class SectionListView : public QListView
{
    Q_OBJECT
public:
    explicit SectionListView(SectionListModel *model, QWidget *parent = nullptr);

    QString currentKey() const;
    void selectKey(const QString &key); // falls back to All when the key is gone
    void reloadCounts();
    QSize sizeHint() const override;

signals:
    void sectionChanged(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    SectionListModel *m_model;
    QString m_key = QStringLiteral("\x01none"); // no section yet: the first pick is a change
};

} // namespace ichq::ui
