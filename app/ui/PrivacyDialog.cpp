#include "PrivacyDialog.h"

#include "WrappedTextFit.h"

#include "common/AppInfo.h"
#include "privacy/ConsentState.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ichq::ui {

bool interfaceIsChinese()
{
    //: The code of the language this translation is in: "zh_CN" in the Chinese translation.
    //: It picks the bundled privacy statement.
    const QString code = QCoreApplication::translate("ichq::ui::PrivacyDialog", "en");
    if (code != u"en")
        return code.startsWith(u"zh");
    return QLocale().language() == QLocale::Chinese;
}

QString privacyStatementHtml(const DataPaths &paths)
{
    QFile file(interfaceIsChinese() ? QStringLiteral(":/privacy/privacy_zh_CN.html")
                                    : QStringLiteral(":/privacy/privacy_en.html"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString html = QString::fromUtf8(file.readAll());
    // The folder name comes from the user's system: escaped, it can only ever be text.
    html.replace(QStringLiteral("%DATA_DIR%"),
                 QDir::toNativeSeparators(paths.root()).toHtmlEscaped());
    html.replace(QStringLiteral("%SITE_POLICY_URL%"), sitePrivacyPolicyUrl().toHtmlEscaped());
    html.replace(QStringLiteral("%CONTACT_EMAIL%"), contactEmail().toHtmlEscaped());
    html.replace(QStringLiteral("%POLICY_VERSION%"), QString::number(ConsentState::kPolicyVersion));
    return html;
}

PrivacyDialog::PrivacyDialog(const DataPaths &paths, QWidget *parent)
    : QDialog(parent), m_paths(paths), m_browser(new QTextBrowser), m_sitePolicy(new QPushButton),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
{
    setObjectName(QStringLiteral("privacyDialog"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setMinimumSize(520, 420);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &PrivacyDialog::openLink);
    m_buttons->addButton(m_sitePolicy, QDialogButtonBox::ActionRole);
    m_sitePolicy->setAutoDefault(false);
    connect(m_sitePolicy, &QPushButton::clicked, this,
            [this] { openLink(QUrl(sitePrivacyPolicyUrl())); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_buttons);
    resize(640, 600);
    WrappedTextFit::install(this);
    retranslateUi();
}

void PrivacyDialog::openLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme != u"https" && scheme != u"http" && scheme != u"mailto")
        return;
    QDesktopServices::openUrl(url);
    emit linkOpened(url);
}

void PrivacyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PrivacyDialog::retranslateUi()
{
    setWindowTitle(tr("Privacy Statement"));
    m_browser->setAccessibleName(windowTitle());
    m_sitePolicy->setText(tr("Website's Policy…"));
    m_sitePolicy->setToolTip(tr("Open the privacy policy of www.ichongqing.info in your browser"));
    m_browser->setHtml(privacyStatementHtml(m_paths));
}

} // namespace ichq::ui
