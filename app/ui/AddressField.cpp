#include "AddressField.h"

#include "Accessibility.h"
#include "WrappedTextFit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

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
    connect(m_edit, &QLineEdit::textEdited, m_error, &QWidget::hide);
}

void AddressField::addRows(QFormLayout *form, bool withHint)
{
    form->addRow(m_label, m_edit);
    if (withHint)
        form->addRow(m_hint);
    form->addRow(m_error);
}

void AddressField::setTexts(const QString &label, const QString &hint)
{
    m_label->setText(label);
    m_hint->setText(hint);
    setClearButtonName(m_edit, tr("Clear address"));
    if (m_error->isVisible())
        m_error->setText(problem()); // written again in the new language
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

bool AddressField::commit()
{
    const QString why = problem();
    m_error->setText(why);
    m_error->setAccessibleName(why);
    m_edit->setAccessibleDescription(why);
    m_error->setVisible(!why.isEmpty());
    if (!why.isEmpty())
        return false;
    const QUrl url = urlOf(m_edit->text().trimmed());
    if (url != m_committed) {
        m_committed = url;
        emit committed(url);
    }
    return true;
}

} // namespace ichq::ui
