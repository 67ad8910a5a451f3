#include "AddressField.h"

#include "Accessibility.h"
#include "WrappedTextFit.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace ichq::ui {

namespace {

QUrl urlOf(const QString &text)
{
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

} // namespace

AddressField::AddressField(const QString &objectName, const QUrl &current, Check check,
                           QObject *parent)
    : QObject(parent), m_check(std::move(check)), m_label(new QLabel), m_edit(new QLineEdit),
      m_hint(wrappedLabel()), m_error(wrappedLabel()), m_committed(current)
{
    m_edit->setObjectName(objectName);
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 36);
    m_edit->setPlaceholderText(QStringLiteral("https://"));
    m_edit->setText(current.toString());
    m_label->setBuddy(m_edit);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(objectName + QStringLiteral("Error"));
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28)); // as the message form's
    m_error->setPalette(palette);
    m_error->hide();
    connect(m_edit, &QLineEdit::editingFinished, this, &AddressField::commit);
    // The verdict was on what was typed before: it goes as the user types again.
    connect(m_edit, &QLineEdit::textEdited, this, [this] { showProblem(QString()); });
}

void AddressField::offerDefault(const QUrl &url)
{
    m_default = url;
    // The default shows whole, beside its button, at the dialog's narrowest.
    const QString text = url.toString();
    const int room = m_edit->fontMetrics().horizontalAdvance(text) +
                     m_edit->fontMetrics().averageCharWidth() * 6; // frame and clear button
    m_edit->setMinimumWidth(std::max(m_edit->minimumWidth(), room));
    m_restore = new QPushButton;
    m_restore->setObjectName(m_edit->objectName() + QStringLiteral("Default"));
    m_restore->setAutoDefault(false); // Return in the field takes the address, nothing more
    if (m_committed.isEmpty())
        m_edit->setText(text);
    // The default set by hand reads as "no setting" once committed: taken as such from the
    // start, a dialog opened and closed unchanged rewrites nothing (settings.ini may list
    // more feeds after it).
    if (m_committed == url)
        m_committed = QUrl();
    connect(m_restore, &QPushButton::clicked, this, &AddressField::restoreDefault);
    connect(m_edit, &QLineEdit::textChanged, this, &AddressField::updateRestore);
    updateRestore();
}

void AddressField::addRows(QFormLayout *form, bool withHint)
{
    if (m_restore) {
        auto *row = new QHBoxLayout;
        row->addWidget(m_edit, 1);
        row->addWidget(m_restore);
        form->addRow(m_label, row);
    } else {
        form->addRow(m_label, m_edit);
    }
    if (withHint)
        form->addRow(m_hint);
    form->addRow(m_error);
}

void AddressField::setTexts(const QString &label, const QString &hint, const QString &restoreName)
{
    m_label->setText(label);
    m_hint->setText(hint);
    if (m_restore) {
        m_restore->setText(tr("Restore Default"));
        m_restore->setToolTip(restoreName);
        m_restore->setAccessibleName(restoreName);
    }
    setClearButtonName(m_edit, tr("Clear address"));
    if (m_error->isVisible())
        showProblem(problem()); // written again in the new language
}

bool AddressField::isWebAddress(const QUrl &url)
{
    return url.isEmpty() || (url.isValid() && !url.host().isEmpty() &&
                             (url.scheme() == u"https" || url.scheme() == u"http"));
}

QString AddressField::problem() const
{
    const QString text = m_edit->text().trimmed();
    return m_check(text, urlOf(text));
}

void AddressField::showProblem(const QString &why)
{
    m_error->setText(why);
    m_error->setAccessibleName(why);
    m_edit->setAccessibleDescription(why);
    m_error->setVisible(!why.isEmpty());
}

bool AddressField::commit()
{
    const QString why = problem();
    showProblem(why);
    if (!why.isEmpty())
        return false;
    QUrl url = urlOf(m_edit->text().trimmed());
    if (url == m_default)
        url = QUrl(); // no setting: a later version's default is then the one read
    if (url.isEmpty() && !m_default.isEmpty())
        m_edit->setText(m_default.toString()); // emptied: the default, as it will be read
    if (url != m_committed) {
        m_committed = url;
        emit committed(url);
    }
    return true;
}

void AddressField::restoreDefault()
{
    m_edit->setText(m_default.toString());
    commit();
}

// Nothing to restore while the field shows the default already.
void AddressField::updateRestore()
{
    m_restore->setEnabled(m_edit->text().trimmed() != m_default.toString());
}

} // namespace ichq::ui
