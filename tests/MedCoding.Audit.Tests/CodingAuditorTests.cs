using MedCoding.Grouping;

namespace MedCoding.Audit.Tests;

/// <summary>
/// One realistic coder/auditor pair per difference class, FY2026 codes, discharged 2025-11-15 (MS-DRG v43.0). Every
/// DRG expected here is the one the grouper gives (the audit's own groupings are checked against a fresh grouping too).
/// </summary>
[Collection(AuditCollection.Name)]
public partial class CodingAuditorTests(AuditFixture fixture)
{
    private CodingAuditor Auditor() => new(fixture.Grouper);

    private EncounterAudit Audit(DrgCase coded, DrgCase audited, CodingAuditor? auditor = null)
    {
        var audit = (auditor ?? Auditor()).Audit(coded, audited);

        // Each version's DRG is the grouper's.
        audit.CodedResult.Drg.Should().Be(fixture.Grouper.Group(coded).Drg);
        audit.AuditedResult.Drg.Should().Be(fixture.Grouper.Group(audited).Drg);
        return audit;
    }

    [Fact]
    public void Audit_SameCoding_NoDifferenceNoShiftEveryCodeKept()
    {
        var coded = Cases.Of("J189", sdx: ["I5021:Y", "E119:Y"]);

        var audit = Audit(coded, coded);

        audit.IsUnchanged.Should().BeTrue();
        audit.Shift.Should().Be(DrgShift.None);
        audit.ShiftCauses.Should().BeEmpty();
        audit.CodesKept.Should().Be(3).And.Be(audit.CodesCoded);
    }

    [Fact]
    public void Audit_UnspecifiedHeartFailureCodedSpecifically_SpecificityChangeRaisesToMccDrg()
    {
        // Pneumonia with heart failure: the coder took I50.9 (not a CC); the record supports acute on chronic systolic
        // failure, I50.23, an MCC: 195 (without CC/MCC) becomes 193 (with MCC).
        var audit = Audit(Cases.Of("J189", sdx: ["I509:Y", "E119:Y"]), Cases.Of("J189", sdx: ["I5023:Y", "E119:Y"]));

        audit.Differences.Should().Equal(new CodingDifference(DifferenceKind.SecondaryDiagnosisSpecificityChanged, "sdx1", "I509", "I5023"));
        (audit.CodedResult.Drg, audit.AuditedResult.Drg).Should().Be((195, 193));
        (audit.CodedResult.CountedSeverity, audit.AuditedResult.CountedSeverity).Should().Be((CcSeverity.None, CcSeverity.Mcc));
        audit.Shift.Should().Be(DrgShift.Up, "same family (simple pneumonia), higher severity");
        audit.ShiftCauses.Should().ContainSingle().Which.Should().Be(
            new ShiftCause(ShiftCauseKind.BecameSeverityDriver, "I5023", "I5023 became a counted MCC"));
        audit.CodesKept.Should().Be(2);
        audit.CodesCoded.Should().Be(3);
    }

    [Fact]
    public void Audit_UnsupportedMccRemoved_ShiftsDownAndNamesTheMccLost()
    {
        // The coder added acute systolic heart failure the record does not support: 193 drops to 195.
        var audit = Audit(Cases.Of("J189", sdx: ["I5021:Y"]), Cases.Of("J189"));

        audit.Differences.Should().Equal(new CodingDifference(DifferenceKind.SecondaryDiagnosisRemoved, "sdx1", "I5021", null));
        (audit.CodedResult.Drg, audit.AuditedResult.Drg).Should().Be((193, 195));
        audit.Shift.Should().Be(DrgShift.Down);
        audit.ShiftCauses.Should().ContainSingle().Which.Should().Be(
            new ShiftCause(ShiftCauseKind.StoppedBeingSeverityDriver, "I5021", "I5021 no longer sets the MCC: it is no longer coded"));
    }

    [Fact]
    public void Audit_MissedCcAdded_ShiftsUpToWithCc()
    {
        // Acute kidney failure, N17.9, a CC the coder missed: 195 becomes 194.
        var audit = Audit(Cases.Of("J189", sdx: ["E119:Y"]), Cases.Of("J189", sdx: ["E119:Y", "N179:Y"]));

        audit.Differences.Should().Equal(new CodingDifference(DifferenceKind.SecondaryDiagnosisAdded, "sdx2", null, "N179"));
        (audit.CodedResult.Drg, audit.AuditedResult.Drg).Should().Be((195, 194));
        audit.Shift.Should().Be(DrgShift.Up);
        audit.ShiftCauses.Should().ContainSingle().Which.Kind.Should().Be(ShiftCauseKind.BecameSeverityDriver);
    }

    [Fact]
    public void Audit_SecondaryChangedToAnotherCategory_ClassifiedAsCategoryChange()
    {
        // Hyponatremia (E87.1, a CC) was not supported; the auditor codes dehydration (E86.0, not a CC): 194 to 195.
        var audit = Audit(Cases.Of("J189", sdx: ["E871:Y"]), Cases.Of("J189", sdx: ["E860:Y"]));

        audit.Differences.Should().Equal(new CodingDifference(DifferenceKind.SecondaryDiagnosisCategoryChanged, "sdx1", "E871", "E860"));
        (audit.CodedResult.Drg, audit.AuditedResult.Drg).Should().Be((194, 195));
        audit.Shift.Should().Be(DrgShift.Down);
        audit.ShiftCauses.Should().ContainSingle().Which.Should().Be(
            new ShiftCause(ShiftCauseKind.StoppedBeingSeverityDriver, "E871", "E871 no longer sets the CC: it is no longer coded"));
    }

    [Fact]
    public void Audit_SeventhCharacterChanged_InitialEncounterFractureIsAnMccTheSubsequentIsNot()
    {
        // A hip fracture coded as the initial encounter (S72.001A, an MCC) was being treated at a later encounter (D).
        var audit = Audit(Cases.Of("J189", sdx: ["S72001A:Y"]), Cases.Of("J189", sdx: ["S72001D:Y"]));

        audit.Differences.Should().Equal(new CodingDifference(DifferenceKind.SeventhCharacterChanged, "sdx1", "S72001A", "S72001D"));
        (audit.CodedResult.Drg, audit.AuditedResult.Drg).Should().Be((193, 195));
        audit.Shift.Should().Be(DrgShift.Down);
    }

    [Fact]
    public void Audit_PoaChangedToNo_HospitalAcquiredConditionLosesItsMcc()
    {
        // The fall and fracture happened in hospital: POA Y becomes N, HAC 05, and the MCC no longer counts.
        var audit = Audit(Cases.Of("J189", sdx: ["S72001A:Y"]), Cases.Of("J189", sdx: ["S72001A:N"]));

        audit.Differences.Should().Equal(new CodingDifference(DifferenceKind.PoaChanged, "sdx1", "Y", "N"));
        (audit.CodedResult.Drg, audit.AuditedResult.Drg).Should().Be((193, 195));
        audit.ShiftCauses.Should().ContainSingle().Which.Description.Should().Be(
            "S72001A no longer sets the MCC: excluded: hospital-acquired condition not present on admission");
        audit.CodesKept.Should().Be(audit.CodesCoded, "a POA change keeps the code");
    }

    [Fact]
    public void Audit_SepsisResequencedAsPrincipal_MovesToMdc18()
    {
        // The coder sequenced the pneumonia first; sepsis present on admission is the principal diagnosis.
        var audit = Audit(Cases.Of("J189", sdx: ["A419:Y", "E119:Y"]), Cases.Of("A419", sdx: ["J189:Y", "E119:Y"]));

        audit.Differences.Should().Equal(new CodingDifference(DifferenceKind.PrincipalDiagnosisResequenced, "pdx", "J189", "A419"));
        (audit.CodedResult.Drg, audit.AuditedResult.Drg).Should().Be((193, 871));
        audit.SamePrincipalDiagnosis.Should().BeFalse();
        audit.CodesKept.Should().Be(3, "resequencing keeps every code");
        (audit.CodedResult.Mdc, audit.AuditedResult.Mdc).Should().Be((4, 18));
        audit.Shift.Should().Be(DrgShift.Indeterminate, "two families and no weights");
        audit.ShiftCauses.Should().Contain(c => c.Kind == ShiftCauseKind.PrincipalDiagnosisChanged && c.Code == "A419");
    }

    [Fact]
    public void Audit_PrincipalChangedToACodeTheCoderDidNotHave_NotAResequence()
    {
        // The coder took heart failure as principal; the auditor codes pneumonia first and keeps the heart failure.
        var audit = Audit(Cases.Of("I509", sdx: ["E119:Y"]), Cases.Of("J189", sdx: ["I509:Y", "E119:Y"]));

        audit.Differences.Should().Equal(new CodingDifference(DifferenceKind.PrincipalDiagnosisChanged, "pdx", "I509", "J189"));
        audit.CodesKept.Should().Be(2);
        (audit.CodedResult.Drg, audit.AuditedResult.Drg).Should().Be((293, 195));
        audit.ShiftCauses.Should().ContainSingle().Which.Should().Be(
            new ShiftCause(ShiftCauseKind.PrincipalDiagnosisChanged, "J189", "principal diagnosis I509 to J189 moved the case from MDC 05 to MDC 04"));
    }

    [Fact]
    public void Audit_ProcedureChangedWithinRootOperation_LaparoscopicToOpenAppendectomy()
    {
        var audit = Audit(Cases.Of("K3580", procedures: ["0DTJ4ZZ"]), Cases.Of("K3580", procedures: ["0DTJ0ZZ"]));

        audit.Differences.Should().Equal(new CodingDifference(DifferenceKind.ProcedureChanged, "proc1", "0DTJ4ZZ", "0DTJ0ZZ"));
        audit.SameDrg.Should().BeTrue();
        audit.Shift.Should().Be(DrgShift.None);
    }

    [Fact]
    public void Audit_ProcedureAdded_SurgicalDrgDrivenByIt()
    {
        var audit = Audit(Cases.Of("K3580"), Cases.Of("K3580", procedures: ["0DTJ4ZZ"]));

        audit.Differences.Should().Equal(new CodingDifference(DifferenceKind.ProcedureAdded, "proc1", null, "0DTJ4ZZ"));
        audit.AuditedResult.Type.Should().Be(DrgType.Surgical);
        audit.ShiftCauses.Should().ContainSingle().Which.Should().Be(
            new ShiftCause(ShiftCauseKind.DrivingProcedureChanged, "0DTJ4ZZ", "0DTJ4ZZ now drives a surgical DRG"));
    }

    [Fact]
    public void Audit_ProcedureRemoved_BackToTheMedicalDrg()
    {
        var audit = Audit(Cases.Of("K3580", procedures: ["0DTJ4ZZ"]), Cases.Of("K3580"));

        audit.Differences.Should().Equal(new CodingDifference(DifferenceKind.ProcedureRemoved, "proc1", "0DTJ4ZZ", null));
        audit.CodedResult.Type.Should().Be(DrgType.Surgical);
        audit.AuditedResult.Type.Should().Be(DrgType.Medical);
    }

    [Fact]
    public void Audit_DischargeStatusExpired_MccOnlyIfAliveStopsCounting()
    {
        // Cardiogenic shock, R57.0, is an MCC only when the patient leaves alive; the record shows the patient died.
        var audit = Audit(Cases.Of("J189", sdx: ["R570:Y"]), Cases.Of("J189", sdx: ["R570:Y"], dischargeStatus: 20));

        audit.Differences.Should().Equal(new CodingDifference(DifferenceKind.DischargeStatusChanged, "discharge_status", "1", "20"));
        (audit.CodedResult.Drg, audit.AuditedResult.Drg).Should().Be((193, 195));
        audit.ShiftCauses.Should().ContainSingle().Which.Description.Should().Contain("patient died");
    }

    [Fact]
    public void Audit_WithWeightsAndBaseRate_PaymentDifferenceIsWeightDifferenceTimesRate()
    {
        // SYNTHETIC weights: 193 = 1.5, 195 = 0.75; base rate $6,000.
        var auditor = new CodingAuditor(fixture.Grouper, RelativeWeightTableTests.SyntheticTable(), 6000m);

        var audit = Audit(Cases.Of("J189", sdx: ["I509:Y"]), Cases.Of("J189", sdx: ["I5023:Y"]), auditor);

        (audit.CodedWeight, audit.AuditedWeight).Should().Be((0.75m, 1.5m));
        audit.PaymentDifference.Should().Be(4500m);
        audit.Shift.Should().Be(DrgShift.Up);
    }

    [Fact]
    public void Audit_WeightsOrderDrgsOfTwoFamilies()
    {
        // SYNTHETIC weights: 193 (pneumonia with MCC) = 1.5, 871 (sepsis with MCC) = 1.9: resequencing is an up shift.
        var auditor = new CodingAuditor(fixture.Grouper, RelativeWeightTableTests.SyntheticTable());

        var audit = Audit(Cases.Of("J189", sdx: ["A419:Y"]), Cases.Of("A419", sdx: ["J189:Y"]), auditor);

        (audit.CodedResult.Drg, audit.AuditedResult.Drg).Should().Be((193, 871));
        audit.Shift.Should().Be(DrgShift.Up);
        audit.PaymentDifference.Should().BeNull("no base rate");
    }

    [Fact]
    public void Constructor_BaseRateWithoutWeights_Throws()
    {
        var act = () => new CodingAuditor(fixture.Grouper, null, 6000m);

        act.Should().Throw<ArgumentException>().WithParameterName("baseRate");
    }
}
