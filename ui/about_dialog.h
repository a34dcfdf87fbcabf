#pragma once
// AboutDialog: version and licence.

#include <QDialog>

namespace moderato {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace moderato
