#pragma once

#include <QDialog>

namespace relay::ui {

class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace relay::ui
