#pragma once

#include "common/DataPaths.h"

#include <QDialog>

class QDialogButtonBox;
class QPushButton;
class QTextBrowser;
class QUrl;

namespace ichq::ui {

// True when the interface speaks Chinese: the app's translation says so, or, before it is
// translated, the default locale does.
bool interfaceIsChinese();

// The app's own privacy statement for the interface language, with the data folder filled in.
QString privacyStatementHtml(const DataPaths &paths);

// The privacy statement and cookie policy, bundled with the app in English and Chinese, with a
// link to the site's own policy. Links open in the browser, never inside the dialog.
class PrivacyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PrivacyDialog(const DataPaths &paths, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

signals:
    void linkOpened(const QUrl &url); // handed to the system (browser or mail client)

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void openLink(const QUrl &url);

    DataPaths m_paths;
    QTextBrowser *m_browser;
    QPushButton *m_sitePolicy;
    QDialogButtonBox *m_buttons;
};

} // namespace ichq::ui
