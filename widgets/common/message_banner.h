#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;

namespace fluxlens {

// A non-modal message strip above the map: text plus a few action buttons, instead of a dialog.
class MessageBanner : public QWidget {
    Q_OBJECT
public:
    explicit MessageBanner(QWidget* parent = nullptr);

    // Replaces the message and its buttons and shows the banner.
    void showMessage(const QString& text, const QList<QAction*>& actions = {});
    QString text() const;

private:
    QLabel* m_label;
    QHBoxLayout* m_buttons;
};

} // namespace fluxlens
