#pragma once

#include "common/UserActivity.h"

#include <QObject>

#include <memory>

namespace ichq::ui {

// Notes every key press, click, wheel turn and touch of the application on a UserActivity,
// which the refresh's threads read to pause while the user acts.
class UserInputWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UserInputWatcher(QObject *parent = nullptr);
    ~UserInputWatcher() override;

    std::shared_ptr<const UserActivity> activity() const { return m_activity; }
    // The window is going away: from now on nothing pauses for the user.
    void release() { m_activity->release(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::shared_ptr<UserActivity> m_activity = std::make_shared<UserActivity>();
};

} // namespace ichq::ui
