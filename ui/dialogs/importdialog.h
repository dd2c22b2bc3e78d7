// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QTimer>

#include "import/importer.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace costboard::ui {

class Workspace;

// Imports one cost file: the format (recognised or chosen), what to do with tax and with rows
// the file does not place, for a generic CSV the column mapping (guessed from the header, saved
// by name), a preview of the first rows, a check that writes nothing, and the import itself,
// which runs off the UI thread and can be cancelled with nothing written.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    static constexpr int PreviewRowCount = 20;

    explicit ImportDialog(Workspace &workspace, QWidget *parent = nullptr);

    // Asks for a file and opens it; false when the user chose none.
    bool chooseFile();
    // Reads `path` and previews it; false (and the reason shown) when it cannot be read.
    bool openFile(const QString &path);

    // What the widgets say: reader settings, mapping, project for unplaced rows.
    ImportOptions importOptions() const;
    ColumnMapping mappingFromWidgets() const;
    // Whether the file is read through the column mapping (a generic CSV).
    bool usesMapping() const;

    QStandardItemModel *previewModel() const { return m_previewModel; }
    QGroupBox *mappingBox() const { return m_mappingBox; }
    QComboBox *formatCombo() const { return m_format; }
    QComboBox *dateOrderCombo() const { return m_dateOrder; }
    QComboBox *columnCombo(MappedField field) const;
    QLineEdit *constantEdit(MappedField field) const;
    QLabel *statusLabel() const { return m_status; }
    QPushButton *importButton() const { return m_importButton; }
    const CsvPreview &preview() const { return m_preview; }

    static QString fieldLabel(MappedField field);

public slots:
    // A dry run: reads and checks the whole file, shows the report, writes nothing.
    void check();
    // Warns when the same bytes were imported before, saves the mapping when named, imports,
    // and offers to book the valid rows alone when some are wrong.
    void startImport();

private:
    struct FieldRow
    {
        MappedField field;
        QComboBox *column;
        QLineEdit *constant;
    };

    QWidget *createMappingBox();
    void reloadSavedMappings();
    void loadSavedMapping();
    void setHeaderChoices(const QStringList &header);
    void applyMapping(const ColumnMapping &mapping, bool withReaderSettings);
    void schedulePreview();
    void updatePreview();
    void fillPreviewModel();
    void updateState();
    bool saveMappingIfNamed();
    std::optional<ImportReport> runImporter(const ImportOptions &options);
    QHash<ProjectId, QString> projectNames() const;
    ImportFormat effectiveFormat() const;

    Workspace &m_workspace;
    QString m_fileName;
    QByteArray m_bytes;
    CsvPreview m_preview;
    QStringList m_headerChoices;
    bool m_fillingWidgets = false;
    QTimer m_previewTimer;

    QLineEdit *m_fileEdit;
    QComboBox *m_format;
    QCheckBox *m_effectiveCost;
    QCheckBox *m_includeTax;
    QComboBox *m_project;
    QGroupBox *m_mappingBox;
    QComboBox *m_savedMapping;
    QLineEdit *m_saveAs;
    QList<FieldRow> m_fields;
    QComboBox *m_delimiter;
    QComboBox *m_decimalSeparator;
    QComboBox *m_dateOrder;
    QCheckBox *m_endInclusive;
    QLabel *m_dateMessage;
    QStandardItemModel *m_previewModel;
    QTableView *m_previewView;
    QStackedWidget *m_previewStack;
    QLabel *m_jsonNote;
    QLabel *m_status;
    QPushButton *m_checkButton;
    QPushButton *m_importButton;
};

} // namespace costboard::ui
