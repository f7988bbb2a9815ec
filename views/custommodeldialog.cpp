// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "custommodeldialog.h"

#include "guardedfile.h"
#include "tensorlayout.h"
#include "units.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Planner;

namespace {

// The form's fields: the config.json key each one writes, its range and its starting value (Llama 3.1 8B's).
struct FormField
{
    const char* objectName;
    const char* label;
    const char* tooltip;
    const char* key;
    int min;
    int max;
    int value;
};

constexpr int kMaxDim = 1 << 20;
constexpr FormField kFormFields[] = {
    { "layersField", QT_TRANSLATE_NOOP("CustomModelDialog", "&Layers"),
        QT_TRANSLATE_NOOP("CustomModelDialog", "Transformer blocks (num_hidden_layers)"), "num_hidden_layers", 1, 4096,
        32 },
    { "hiddenField", QT_TRANSLATE_NOOP("CustomModelDialog", "&Hidden size"),
        QT_TRANSLATE_NOOP("CustomModelDialog", "Width of the residual stream (hidden_size)"), "hidden_size", 1, kMaxDim,
        4096 },
    { "headsField", QT_TRANSLATE_NOOP("CustomModelDialog", "Attention head&s"),
        QT_TRANSLATE_NOOP("CustomModelDialog", "Query heads per layer (num_attention_heads)"), "num_attention_heads", 1,
        65536, 32 },
    { "kvHeadsField", QT_TRANSLATE_NOOP("CustomModelDialog", "&KV heads"),
        QT_TRANSLATE_NOOP("CustomModelDialog",
            "Key/value heads per layer; fewer than the query heads is GQA "
            "(num_key_value_heads)"),
        "num_key_value_heads", 1, 65536, 8 },
    { "headDimField", QT_TRANSLATE_NOOP("CustomModelDialog", "Head &dimension"),
        QT_TRANSLATE_NOOP("CustomModelDialog", "Width of one attention head (head_dim)"), "head_dim", 1, 65536, 128 },
    { "intermediateField", QT_TRANSLATE_NOOP("CustomModelDialog", "Inter&mediate size"),
        QT_TRANSLATE_NOOP("CustomModelDialog", "Width of a dense gated MLP (intermediate_size)"), "intermediate_size",
        1, kMaxDim, 14336 },
    { "vocabField", QT_TRANSLATE_NOOP("CustomModelDialog", "&Vocabulary"),
        QT_TRANSLATE_NOOP("CustomModelDialog", "Tokens in the vocabulary (vocab_size)"), "vocab_size", 1, kMaxDim,
        128256 },
    { "expertsField", QT_TRANSLATE_NOOP("CustomModelDialog", "&Experts"),
        QT_TRANSLATE_NOOP("CustomModelDialog", "Routed experts per layer; 0 for a dense model (num_experts)"),
        "num_experts", 0, 4096, 0 },
    { "activeExpertsField", QT_TRANSLATE_NOOP("CustomModelDialog", "Experts &active"),
        QT_TRANSLATE_NOOP("CustomModelDialog", "Experts each token is routed to (num_experts_per_tok)"),
        "num_experts_per_tok", 0, 4096, 0 },
    { "expertIntermediateField", QT_TRANSLATE_NOOP("CustomModelDialog", "E&xpert intermediate size"),
        QT_TRANSLATE_NOOP("CustomModelDialog", "Width of one expert's gated MLP (moe_intermediate_size)"),
        "moe_intermediate_size", 0, kMaxDim, 0 },
    { "contextField", QT_TRANSLATE_NOOP("CustomModelDialog", "&Context length"),
        QT_TRANSLATE_NOOP("CustomModelDialog", "Tokens the model was trained for (max_position_embeddings)"),
        "max_position_embeddings", 1, 1 << 30, 131072 },
};
constexpr int kExpertsField = 7;

QString translated(const char* text)
{
    return QCoreApplication::translate("CustomModelDialog", text);
}

} // namespace

CustomModelDialog::CustomModelDialog(Validator validate, QWidget* parent)
    : QDialog(parent)
    , m_validate(std::move(validate))
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_idLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("customModelDialog"));
    m_id->setObjectName(QStringLiteral("customModelId"));
    m_name->setObjectName(QStringLiteral("customModelName"));
    m_tabs->setObjectName(QStringLiteral("customModelSource"));
    m_status->setObjectName(QStringLiteral("customModelStatus"));
    m_buttons->setObjectName(QStringLiteral("customModelButtons"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    m_idLabel->setBuddy(m_id);
    m_nameLabel->setBuddy(m_name);
    m_id->setMaxLength(int(CustomModelStore::kMaxIdLength));
    m_name->setMaxLength(int(CustomModelStore::kMaxNameLength));
    m_id->setText(QStringLiteral("my-model"));

    m_tabs->addTab(createFileTab(), QString());
    m_tabs->addTab(createFormTab(), QString());

    auto* names = new QFormLayout;
    names->addRow(m_idLabel, m_id);
    names->addRow(m_nameLabel, m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(names);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    connect(m_id, &QLineEdit::textChanged, this, &CustomModelDialog::revalidate);
    connect(m_name, &QLineEdit::textChanged, this, &CustomModelDialog::revalidate);
    connect(m_tabs, &QTabWidget::currentChanged, this, &CustomModelDialog::revalidate);
    retranslate();
    showForm(false);
    revalidate();
}

CustomModelDialog::~CustomModelDialog() = default;

QWidget* CustomModelDialog::createFileTab()
{
    auto* tab = new QWidget(this);
    m_pathLabel = new QLabel(tab);
    m_path = new QLineEdit(tab);
    m_path->setObjectName(QStringLiteral("customModelConfigPath"));
    m_pathLabel->setBuddy(m_path);
    m_browse = new QPushButton(tab);
    m_browse->setObjectName(QStringLiteral("customModelBrowse"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_pathLabel);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(m_browse, &QPushButton::clicked, this, &CustomModelDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text().trimmed() != m_readPath)
            setConfigPath(m_path->text().trimmed());
    });
    return tab;
}

QSpinBox* CustomModelDialog::addSpin(const char* objectName, int min, int max, int value)
{
    auto* spin = new QSpinBox(this);
    spin->setObjectName(QLatin1String(objectName));
    spin->setRange(min, max);
    spin->setValue(value);
    spin->setGroupSeparatorShown(true);
    connect(spin, &QSpinBox::valueChanged, this, &CustomModelDialog::revalidate);
    return spin;
}

QWidget* CustomModelDialog::createFormTab()
{
    auto* tab = new QWidget(this);
    auto* form = new QFormLayout(tab);
    m_formNote = new QLabel(tab);
    m_formNote->setWordWrap(true);
    form->addRow(m_formNote);
    for (const FormField& f : kFormFields) {
        auto* label = new QLabel(tab);
        QSpinBox* spin = addSpin(f.objectName, f.min, f.max, f.value);
        label->setBuddy(spin);
        form->addRow(label, spin);
        m_fields << qMakePair(label, spin);
    }
    m_tied = new QCheckBox(tab);
    m_tied->setObjectName(QStringLiteral("tiedField"));
    connect(m_tied, &QCheckBox::toggled, this, &CustomModelDialog::revalidate);
    form->addRow(m_tied);
    return tab;
}

void CustomModelDialog::showForm(bool form)
{
    m_tabs->setCurrentIndex(form ? 1 : 0);
}

QByteArray CustomModelDialog::formConfig() const
{
    const bool moe = m_fields[kExpertsField].second->value() > 0;
    QJsonObject config { { QStringLiteral("model_type"), moe ? QStringLiteral("qwen3_moe") : QStringLiteral("llama") },
        { QStringLiteral("tie_word_embeddings"), m_tied->isChecked() },
        { QStringLiteral("torch_dtype"), QStringLiteral("bfloat16") } };
    for (int i = 0; i < m_fields.size(); ++i) {
        const bool expertField = i >= kExpertsField && i < kExpertsField + 3;
        if (!expertField || moe)
            config.insert(QLatin1String(kFormFields[i].key), m_fields[i].second->value());
    }
    if (moe) { // every layer has experts: no dense layers between them
        config.insert(QStringLiteral("decoder_sparse_step"), 1);
        config.insert(QStringLiteral("mlp_only_layers"), QJsonArray());
    }
    return QJsonDocument(config).toJson(QJsonDocument::Indented);
}

CustomModelRequest CustomModelDialog::request() const
{
    CustomModelRequest r;
    r.id = m_id->text().trimmed();
    r.name = m_name->text().trimmed();
    if (m_tabs->currentIndex() == 1) {
        r.config = formConfig();
        r.source = tr("the form");
    } else {
        r.config = m_fileBytes.value_or(QByteArray());
        r.source = m_readPath;
    }
    return r;
}

void CustomModelDialog::setConfigPath(const QString& path)
{
    showForm(false);
    m_path->setText(path);
    m_readPath = path;
    m_fileBytes.reset();
    m_readError.clear();
    if (!m_idEdited && !path.isEmpty()) {
        const QSignalBlocker block(m_id);
        m_id->setText(CustomModelStore::suggestedId(path));
    }
    if (path.isEmpty()) {
        revalidate();
        return;
    }
    m_status->setText(tr("Reading %1...").arg(path));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    // A config.json is small, but the path may be on a slow or hung mount: the window never waits for it.
    m_reads.startJob(
        [path] {
            QString why;
            const auto bytes = readGuardedFile(path, GuardedKind::ConfigJson, &why);
            return qMakePair(bytes, why);
        },
        [this, path](const QPair<std::optional<QByteArray>, QString>& result) {
            if (path != m_readPath)
                return;
            m_fileBytes = result.first;
            m_readError = result.second;
            revalidate();
        });
}

void CustomModelDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a config.json"), m_path->text(),
        tr("Hugging Face configuration (config.json *.json);;All files (*)"));
    if (!path.isEmpty())
        setConfigPath(path);
}

void CustomModelDialog::revalidate()
{
    const bool form = m_tabs->currentIndex() == 1;
    for (int i = kExpertsField + 1; i < kExpertsField + 3; ++i)
        m_fields[i].second->setEnabled(m_fields[kExpertsField].second->value() > 0);
    QString problem;
    std::optional<ModelSpec> spec;
    if (!form && m_readPath.isEmpty())
        problem = tr("Choose the model's config.json, or describe the model on the other tab.");
    else if (!form && m_reads.isJobRunning() && !m_fileBytes)
        problem = tr("Reading %1...").arg(m_readPath);
    else if (!form && !m_fileBytes)
        problem = m_readError;
    else
        spec = m_validate(request(), &problem);
    m_problem = spec ? QString() : problem;
    if (spec) {
        const ParamCounts p = countParameters(*spec);
        m_status->setText(spec->isMoe() ? tr("Valid: %1, %2 parameters (%3 active), up to %4 tokens of context.")
                                              .arg(spec->name, formatCount(p.total), formatCount(p.active))
                                              .arg(spec->maxContext)
                                        : tr("Valid: %1, %2 parameters, up to %3 tokens of context.")
                                              .arg(spec->name, formatCount(p.total))
                                              .arg(spec->maxContext));
    } else {
        m_status->setText(problem);
    }
    m_status->setAccessibleDescription(m_status->text());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(spec.has_value());
    Q_EMIT validated();
}

void CustomModelDialog::retranslate()
{
    setWindowTitle(tr("Add custom model"));
    m_idLabel->setText(tr("&Id:"));
    m_id->setToolTip(tr("What --model and the search take: letters, digits, '.', '_' or '-', not a built-in "
                        "model's id"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("the id"));
    m_name->setToolTip(tr("The name shown in the catalog"));
    m_tabs->setTabText(0, tr("From config.json"));
    m_tabs->setTabText(1, tr("From dimensions"));
    m_tabs->setTabToolTip(0, tr("The model's Hugging Face config.json, read as the catalog's entries are"));
    m_tabs->setTabToolTip(1, tr("The model's dimensions; the form writes its config.json"));
    m_pathLabel->setText(tr("&config.json:"));
    m_path->setPlaceholderText(tr("Path to the model's config.json"));
    m_path->setToolTip(tr("The file is validated as the catalog's entries are; the message below says what is wrong"));
    m_browse->setText(tr("&Browse..."));
    m_browse->setToolTip(tr("Choose the config.json"));
    m_formNote->setText(tr("A dense model is laid out as Llama (gated MLP, no biases); one with experts as Qwen3-MoE "
                           "(every layer routed, per-head q/k norms)."));
    for (int i = 0; i < m_fields.size(); ++i) {
        m_fields[i].first->setText(translated(kFormFields[i].label));
        m_fields[i].second->setToolTip(translated(kFormFields[i].tooltip));
    }
    m_tied->setText(tr("&Tied embeddings (the output head shares the token embedding)"));
    m_tied->setToolTip(tr("tie_word_embeddings"));
    m_status->setAccessibleName(tr("Validation"));
}

void CustomModelDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
