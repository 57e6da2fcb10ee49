#include "RetentionPage.h"

#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relay::ui {

namespace {
enum Column { NameColumn, SizeColumn, ModeColumn, StateColumn };

bool startsWithSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16).startsWith(QByteArrayView("SQLite format 3"));
}
} // namespace

RetentionPage::RetentionPage(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_files(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<h2>Retention</h2>"), this));
    header->addStretch(1);
    auto *refreshButton = new QPushButton(tr("&Check Again"), this);
    header->addWidget(refreshButton);
    layout->addLayout(header);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_files->setColumnCount(4);
    m_files->setHeaderLabels({tr("File"), tr("Size"), tr("Mode"), tr("At rest")});
    m_files->setRootIsDecorated(false);
    m_files->setUniformRowHeights(true);
    m_files->header()->setStretchLastSection(true);
    m_files->setAccessibleName(tr("Workspace files"));
    layout->addWidget(m_files, 1);
    connect(refreshButton, &QPushButton::clicked, this, &RetentionPage::refresh);
}

void RetentionPage::setWorkspace(core::Workspace *workspace)
{
    m_workspace = workspace;
    refresh();
}

void RetentionPage::refresh()
{
    m_files->clear();
    if (!m_workspace) {
        m_summary->clear();
        return;
    }
    auto info = m_workspace->info();
    if (!info) {
        m_summary->setText(core::errorMessage(info.error()));
        return;
    }
    const auto &i = info.value();
    m_summary->setText(tr("Workspace <b>%1</b>, schema version %2. Databases are encrypted with SQLCipher %3 "
                          "(raw 256-bit key, %4-byte pages, HMAC %5, secure delete %6).")
                           .arg(i.path.toHtmlEscaped())
                           .arg(i.schemaVersion)
                           .arg(i.cipher.cipherVersion)
                           .arg(i.cipher.pageSize)
                           .arg(i.cipher.useHmac ? tr("on") : tr("off"), i.cipher.secureDelete ? tr("on") : tr("off")));
    const QIcon good = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon bad = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const auto &file : i.files) {
        auto *item = new QTreeWidgetItem(m_files);
        item->setText(NameColumn, file.name);
        item->setText(SizeColumn, QLocale().formattedDataSize(file.bytes));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(ModeColumn, file.permissions);
        const bool ownerOnly = file.permissions == QLatin1String("0600");
        QString state;
        bool ok = ownerOnly;
        if (file.name.endsWith(QLatin1String(".db"))) {
            const bool plain = startsWithSqliteHeader(QDir(i.path).filePath(file.name));
            ok = ok && !plain;
            state = plain ? tr("NOT encrypted") : tr("Encrypted (SQLCipher)");
        } else if (file.name == core::Workspace::metaFileName()) {
            state = tr("Key metadata: salt and key check, no secret");
        } else {
            state = tr("Other file");
        }
        if (!ownerOnly)
            state += tr("; readable by others");
        item->setText(StateColumn, state);
        item->setIcon(StateColumn, ok ? good : bad);
    }
    for (int c = 0; c < StateColumn; ++c)
        m_files->resizeColumnToContents(c);
}

} // namespace relay::ui
