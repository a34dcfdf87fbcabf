#include "ui/audit_log_window.h"

#include "core/calls/audit_log_export.h"
#include "core/calls/audit_log_filter_model.h"
#include "core/calls/audit_log_follower.h"
#include "core/calls/audit_log_model.h"
#include "ui/audit_log_details.h"
#include "ui/audit_log_filter_bar.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace moderato {

namespace {

//! "line 7", or "audit.1.jsonl line 7" for a rotated file.
QString damagedLineList(const AuditLogContents &contents, const QString &currentPath)
{
    QStringList lines;
    for (const DamagedLines &file : contents.damaged) {
        const bool current = QFileInfo(file.path) == QFileInfo(currentPath);
        for (int line : file.lineNumbers)
            lines.append(current ? AuditLogWindow::tr("line %1").arg(line)
                                 : AuditLogWindow::tr("%1 line %2").arg(QFileInfo(file.path).fileName()).arg(line));
    }
    return lines.join(QStringLiteral(", "));
}

} // namespace

AuditLogWindow::AuditLogWindow(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_model(new AuditLogModel(this))
    , m_filtered(new AuditLogFilterModel(m_model, this))
    , m_follower(new AuditLogFollower(path, m_model, this))
    , m_filters(new AuditLogFilterBar(this))
    , m_table(new QTableView(this))
    , m_details(new AuditLogDetails(this))
    , m_status(new QLabel(this))
    , m_inviteBack(nullptr)
{
    setObjectName(QStringLiteral("auditLogWindow"));
    setWindowTitle(tr("Audit Log"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_filtered);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditLogModel::TimeColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *csv = buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    csv->setObjectName(QStringLiteral("auditExportCsv"));
    QPushButton *jsonLines = buttons->addButton(tr("Export &JSON Lines…"), QDialogButtonBox::ActionRole);
    jsonLines->setObjectName(QStringLiteral("auditExportJsonLines"));
    m_inviteBack = buttons->addButton(tr("&Invite Back"), QDialogButtonBox::ActionRole);
    m_inviteBack->setObjectName(QStringLiteral("auditInviteBack"));
    m_inviteBack->setEnabled(false);
    connect(m_inviteBack, &QPushButton::clicked, this, &AuditLogWindow::inviteBackCurrentEntry);
    connect(csv, &QPushButton::clicked, this, [this] { chooseExportFile(ExportFormat::Csv); });
    connect(jsonLines, &QPushButton::clicked, this, [this] { chooseExportFile(ExportFormat::JsonLines); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    // Return in the search field must not export or close.
    for (QAbstractButton *button : buttons->buttons())
        qobject_cast<QPushButton *>(button)->setAutoDefault(false);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 620);

    connect(m_filters, &AuditLogFilterBar::changed, this, &AuditLogWindow::applyFilter);
    connect(m_follower, &AuditLogFollower::refreshed, this, &AuditLogWindow::onRefreshed);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuditLogWindow::showCurrentEntry);
    connect(m_filtered, &QAbstractItemModel::modelReset, this, &AuditLogWindow::showCurrentEntry);
    onRefreshed();
    m_table->resizeColumnsToContents();
}

void AuditLogWindow::onRefreshed()
{
    m_filters->setCalls(m_model->entries());
    updateStatus();
}

void AuditLogWindow::applyFilter()
{
    m_filtered->setFilter(m_filters->filter());
    m_filtered->setSearchText(m_filters->searchText());
    m_exportResult.clear();
    showCurrentEntry();
    updateStatus();
}

void AuditLogWindow::showCurrentEntry()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (!selected.isEmpty())
        m_details->showEntry(m_filtered->entryAt(selected.first()));
    else
        m_details->clear();
    updateInviteBack();
}

void AuditLogWindow::setCurrentCall(const QString &callId)
{
    m_currentCallId = callId;
    updateInviteBack();
}

void AuditLogWindow::updateInviteBack()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    bool removal = false;
    bool thisCall = false;
    if (!selected.isEmpty()) {
        const AuditEntry entry = m_filtered->entryAt(selected.first());
        removal = entry.action == AuditEntry::Action::Remove && entry.outcome == AuditEntry::Outcome::Done
                  && entry.targetIdentity.kind != IdentityKind::Unknown;
        thisCall = !m_currentCallId.isEmpty() && entry.callId.compare(m_currentCallId, Qt::CaseInsensitive) == 0;
    }
    m_inviteBack->setEnabled(removal && thisCall);
    m_inviteBack->setToolTip(!removal    ? tr("Choose a removal to invite the person back.")
                             : !thisCall ? tr("Moderato is not in that call now.")
                                         : tr("Invites the person back into the call."));
}

void AuditLogWindow::inviteBackCurrentEntry()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty() || !m_inviteBack->isEnabled())
        return;
    const AuditEntry entry = m_filtered->entryAt(selected.first());
    ParticipantIdentity person = entry.targetIdentity;
    if (person.displayName.isEmpty())
        person.displayName = entry.targetName;
    m_exportResult = tr("Inviting %1 back: the main window follows the invitation.").arg(displayNameFor(person));
    updateStatus();
    Q_EMIT inviteBackRequested({person});
}

void AuditLogWindow::updateStatus()
{
    const AuditLogContents &read = m_follower->lastRead();
    QStringList parts;
    if (!read.found)
        parts.append(tr("No moderation action recorded yet (%1).").arg(QDir::toNativeSeparators(m_follower->path())));
    else
        parts.append(tr("%1 of %n entries shown.", "", m_model->rowCount()).arg(m_filtered->rowCount()));
    if (const int damaged = read.damagedLineCount())
        parts.append(tr("%n damaged line(s) skipped: %1.", "", damaged).arg(damagedLineList(read, m_follower->path())));
    for (const UnreadableFile &file : read.unreadable)
        parts.append(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file.path), file.error));
    if (!m_exportResult.isEmpty())
        parts.append(m_exportResult);
    m_status->setText(parts.join(QLatin1Char(' ')));
}

QString AuditLogWindow::statusText() const
{
    return m_status->text();
}

void AuditLogWindow::chooseExportFile(ExportFormat format)
{
    const bool csv = format == ExportFormat::Csv;
    const QString suggested =
        QDir::home().filePath(csv ? QStringLiteral("moderato-audit.csv") : QStringLiteral("moderato-audit.jsonl"));
    const QString path = QFileDialog::getSaveFileName(this, csv ? tr("Export CSV") : tr("Export JSON Lines"), suggested,
                                                      csv ? tr("CSV files (*.csv)") : tr("JSON Lines files (*.jsonl)"));
    if (!path.isEmpty())
        exportTo(path, format);
}

bool AuditLogWindow::exportTo(const QString &path, ExportFormat format)
{
    const QList<AuditEntry> shown = m_filtered->shownEntries();
    const QByteArray bytes = format == ExportFormat::Csv ? auditEntriesAsCsv(shown) : auditEntriesAsJsonLines(shown);
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    m_exportResult = written
                         ? tr("Exported %n entries to %1.", "", int(shown.size())).arg(QDir::toNativeSeparators(path))
                         : tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    updateStatus();
    return written;
}

} // namespace moderato
