#include "ReaderActions.h"

#include <QRegularExpression>

#include "Icons.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>

namespace ichq::ui {

namespace {

QAction *makeAction(QObject *parent, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(parent);
    action->setShortcuts(keys);
    return action;
}

// Tooltips name the shortcut, so the keyboard is discoverable from the toolbar.
// "Zoom &In" -> "Zoom In", "放大(&I)" -> "放大", "&Print…" -> "Print": a tooltip has no mnemonic.
QString plainActionText(QString text)
{
    static const QRegularExpression mnemonicInParentheses(QStringLiteral("\\(&[^)]\\)"));
    text.remove(mnemonicInParentheses);
    text.remove(QLatin1Char('&'));
    text.remove(QChar(0x2026));
    return text.trimmed();
}

void setTexts(QAction *action, const QString &text, const QString &tip = {})
{
    action->setText(text);
    QString tooltip = tip.isEmpty() ? plainActionText(text) : tip;
    if (!action->shortcut().isEmpty())
        tooltip +=
            QStringLiteral(" (%1)").arg(action->shortcut().toString(QKeySequence::NativeText));
    action->setToolTip(tooltip);
}

} // namespace

ReaderActions::ReaderActions(QMainWindow *window) : QObject(window)
{
    refresh = makeAction(this, QKeySequence::keyBindings(QKeySequence::Refresh));
    workOffline = makeAction(this, {});
    workOffline->setCheckable(true);
    print = makeAction(this, QKeySequence::keyBindings(QKeySequence::Print));
    exportPdf = makeAction(this, {});
    quit = makeAction(this, QKeySequence::keyBindings(QKeySequence::Quit));
    quit->setMenuRole(QAction::QuitRole);
    find = makeAction(this, QKeySequence::keyBindings(QKeySequence::Find));
    zoomIn = makeAction(this, QKeySequence::keyBindings(QKeySequence::ZoomIn));
    zoomOut = makeAction(this, QKeySequence::keyBindings(QKeySequence::ZoomOut));
    zoomReset = makeAction(this, {QKeySequence(Qt::CTRL | Qt::Key_0)});
    notify = makeAction(this, {});
    notify->setCheckable(true);
    next = makeAction(this, {QKeySequence(Qt::Key_J)});
    previous = makeAction(this, {QKeySequence(Qt::Key_K)});
    pageDownOrNext = makeAction(this, {QKeySequence(Qt::Key_Space)});
    nextUnread = makeAction(this, {QKeySequence(Qt::Key_N)});
    QList<QKeySequence> fullScreenKeys{QKeySequence(Qt::Key_F11)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::FullScreen)) {
        if (!fullScreenKeys.contains(key))
            fullScreenKeys << key;
    }
    fullScreen = makeAction(this, fullScreenKeys);
    fullScreen->setCheckable(true);
    toggleRead = makeAction(this, {QKeySequence(Qt::Key_M)});
    toggleStar = makeAction(this, {QKeySequence(Qt::Key_S)});
    markAllRead = makeAction(this, {QKeySequence(Qt::SHIFT | Qt::CTRL | Qt::Key_M)});
    openInBrowser = makeAction(this, {QKeySequence(Qt::CTRL | Qt::Key_Return)});
    about = makeAction(this, {});
    about->setMenuRole(QAction::AboutRole);
    preferences = makeAction(this, QKeySequence::keyBindings(QKeySequence::Preferences));
    preferences->setMenuRole(QAction::PreferencesRole);
    leaveMessage = makeAction(this, {});
    outbox = makeAction(this, {});
    privacy = makeAction(this, {});
    language = makeAction(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});
    language->setObjectName(QStringLiteral("languageAction"));
    // The window owns the shortcuts, so they work whichever pane has the focus.
    for (QAction *action : findChildren<QAction *>())
        window->addAction(action);
    buildMenus(window);
    buildToolBar(window);
    applyIcons();
    window->installEventFilter(this); // a new palette (Appearance) redraws the icons
    retranslateUi();
}

// Icons drawn from glyphs or tinted symbolic icons take the text colour of the palette in
// effect: they are drawn again when it changes, or a dark look would keep dark icons.
void ReaderActions::applyIcons()
{
    const auto theme = [](const char *name) { return QString::fromLatin1(name); };
    refresh->setIcon(themedIcon(theme("view-refresh"), QStyle::SP_BrowserReload));
    print->setIcon(themedIcon(theme("document-print"), QStyle::SP_FileIcon));
    exportPdf->setIcon(themedIcon(theme("document-save-as"), QStyle::SP_DialogSaveButton));
    quit->setIcon(themedIcon(theme("application-exit"), QStyle::SP_DialogCloseButton));
    find->setIcon(glyphIcon(theme("edit-find"), QChar(0x2315)));
    zoomIn->setIcon(glyphIcon(theme("zoom-in"), QLatin1Char('+')));
    zoomOut->setIcon(glyphIcon(theme("zoom-out"), QChar(0x2212)));
    zoomReset->setIcon(glyphIcon(theme("zoom-original"), QLatin1Char('1')));
    next->setIcon(themedIcon(theme("go-down"), QStyle::SP_ArrowDown));
    previous->setIcon(themedIcon(theme("go-up"), QStyle::SP_ArrowUp));
    toggleRead->setIcon(glyphIcon(theme("mail-read"), QChar(0x25CF)));
    toggleStar->setIcon(glyphIcon(theme("starred"), QChar(0x2605)));
    openInBrowser->setIcon(themedIcon(theme("web-browser"), QStyle::SP_DirLinkIcon));
    about->setIcon(themedIcon(theme("help-about"), QStyle::SP_MessageBoxInformation));
    preferences->setIcon(
        themedIcon(theme("preferences-system"), QStyle::SP_FileDialogDetailedView));
    leaveMessage->setIcon(glyphIcon(theme("mail-message-new"), QChar(0x2709)));
    outbox->setIcon(glyphIcon(theme("mail-folder-outbox"), QChar(0x21E5)));
}

bool ReaderActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && watched == parent())
        applyIcons();
    return QObject::eventFilter(watched, event);
}

void ReaderActions::buildMenus(QMainWindow *window)
{
    QMenuBar *bar = window->menuBar();
    m_file = bar->addMenu(QString());
    m_file->addActions({refresh, workOffline});
    m_file->addSeparator();
    m_file->addActions({print, exportPdf});
    m_file->addSeparator();
    m_file->addAction(quit);
    m_edit = bar->addMenu(QString());
    m_edit->addAction(find);
    m_edit->addSeparator();
    m_edit->addAction(preferences);
    m_view = bar->addMenu(QString());
    m_view->addActions({zoomIn, zoomOut, zoomReset});
    m_view->addSeparator();
    m_view->addAction(fullScreen);
    m_view->addSeparator();
    m_view->addAction(notify);
    m_view->addSeparator();
    m_view->addAction(language);
    m_article = bar->addMenu(QString());
    m_article->addActions({next, previous, nextUnread, pageDownOrNext});
    m_article->addSeparator();
    m_article->addActions({toggleRead, toggleStar, markAllRead});
    m_article->addSeparator();
    m_article->addAction(openInBrowser);
    m_help = bar->addMenu(QString());
    m_help->addActions({leaveMessage, outbox});
    m_help->addSeparator();
    m_help->addActions({privacy, about});
}

void ReaderActions::buildToolBar(QMainWindow *window)
{
    m_toolBar = window->addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Beside a label, a small icon reads as a hint rather than shouting over the text.
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addAction(refresh);
    m_toolBar->addSeparator();
    m_toolBar->addActions({previous, next});
    m_toolBar->addSeparator();
    m_toolBar->addActions({toggleRead, toggleStar});
    m_toolBar->addSeparator();
    m_toolBar->addActions({zoomOut, zoomIn});
    m_toolBar->addSeparator();
    m_toolBar->addAction(openInBrowser);
    m_toolBar->addSeparator();
    m_toolBar->addAction(leaveMessage);
    // The language toggle at the far end, where a reader looks for it on news sites.
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(language);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(language))) {
        button->setObjectName(QStringLiteral("languageButton"));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
}

void ReaderActions::setInterfaceChinese(bool chinese)
{
    m_chinese = chinese;
    //: The menu item that switches the whole interface to English.
    setTexts(language, chinese ? tr("Switch to &English") : tr("Switch to &Chinese (中文)"));
    // The other language's own name, never translated: a reader who cannot read the current
    // one still finds the way back.
    language->setIconText(chinese ? QStringLiteral("EN") : QStringLiteral("中文"));
    // Read aloud, the button says what it does, not only the other language's name.
    if (QWidget *button = m_toolBar->widgetForAction(language))
        button->setAccessibleName(plainActionText(language->text()));
}

void ReaderActions::retranslateUi()
{
    m_file->setTitle(tr("&File"));
    m_edit->setTitle(tr("&Edit"));
    m_view->setTitle(tr("&View"));
    m_article->setTitle(tr("&Article"));
    m_help->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    setTexts(refresh, tr("&Refresh"), tr("Fetch the latest news"));
    setTexts(workOffline, tr("Work &Offline"));
    setTexts(print, tr("&Print…"));
    setTexts(exportPdf, tr("&Export as PDF…"));
    setTexts(quit, tr("&Quit"));
    setTexts(find, tr("&Find…"), tr("Search articles"));
    setTexts(zoomIn, tr("Zoom &In"));
    setTexts(zoomOut, tr("Zoom &Out"));
    setTexts(zoomReset, tr("&Actual Size"));
    setTexts(notify, tr("&Notify About New Articles"));
    setTexts(next, tr("Ne&xt Article"), tr("Next article"));
    setTexts(previous, tr("&Previous Article"), tr("Previous article"));
    setTexts(nextUnread, tr("Next &Unread Article"), tr("Next unread article"));
    setTexts(fullScreen, tr("&Full Screen"), tr("Full screen"));
    setTexts(pageDownOrNext, tr("Page Down or &Next Article"));
    setTexts(toggleRead, tr("Mark as &Read/Unread"), tr("Toggle read"));
    setTexts(toggleStar, tr("&Star/Unstar"), tr("Toggle star"));
    setTexts(markAllRead, tr("Mark &All as Read"));
    setTexts(openInBrowser, tr("Open in &Browser"), tr("Open the original page in your browser"));
    setTexts(about, tr("&About iChongqing Reader"));
    setTexts(preferences, tr("&Settings…"));
    setTexts(leaveMessage, tr("&Leave a Message…"), tr("Write to iChongqing"));
    setTexts(outbox, tr("&Outbox"), tr("Messages you wrote and whether they were sent"));
    setTexts(privacy, tr("&Privacy Statement"));
    // Short labels beside the toolbar icons; the menus keep the full names.
    next->setIconText(tr("Next"));
    previous->setIconText(tr("Previous"));
    toggleRead->setIconText(tr("Read/Unread"));
    toggleStar->setIconText(tr("Star"));
    refresh->setIconText(tr("Refresh"));
    zoomIn->setIconText(tr("Zoom In"));
    zoomOut->setIconText(tr("Zoom Out"));
    openInBrowser->setIconText(tr("Open Original"));
    leaveMessage->setIconText(tr("Message"));
    setInterfaceChinese(m_chinese);
}

} // namespace ichq::ui
