#pragma once

#include "compare_types.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;

namespace fluxlens {

class CompareData;

// The row of choosers above a comparison view: target, all days / QC = 1, model, reference and
// the scored sites (all / held-out). Only the requested choosers are shown. Model and reference
// lists follow CompareData; the site chooser is CompareData's site set, shared by every view.
class MetricChoiceBar : public QWidget {
    Q_OBJECT
public:
    enum Part { Target = 1, Qc = 2, Model = 4, Reference = 8, Sites = 16 };
    Q_DECLARE_FLAGS(Parts, Part)

    MetricChoiceBar(CompareData* data, Parts parts, QWidget* parent = nullptr);

    FluxTarget target() const;
    QcChoice qc() const;
    QString model() const;     // empty when none
    QString reference() const; // empty when none
    QComboBox* siteSetChooser() const { return m_siteSet; }

    void setTarget(FluxTarget target);
    void setQc(QcChoice qc);
    void setModel(const QString& name);
    void setReference(const QString& name);
    // Room for a view's own controls at the end of the row.
    QHBoxLayout* layout() const { return m_layout; }

Q_SIGNALS:
    void changed();

private:
    void refillNames();
    void syncSiteSet();

    CompareData* m_data;
    QComboBox* m_target;
    QComboBox* m_qc;
    QComboBox* m_model;
    QComboBox* m_reference;
    QComboBox* m_siteSet;
    QHBoxLayout* m_layout;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(MetricChoiceBar::Parts)

} // namespace fluxlens
