using MedCoding.CodeSets;

namespace MedCoding.Grouping.Tests;

public partial class MsDrgGrouperTests
{
    [Fact]
    public void Group_SecondaryMcc_RaisesToWithMccDrgAndNamesTheSecondary()
    {
        var result = Group(Cases.Of("J189", sdx: ["I5021:Y", "E1122:Y"]));

        result.Drg.Should().Be(193);
        result.CountedSeverity.Should().Be(CcSeverity.Mcc);
        result.SecondaryDiagnoses[0].Should().Match<SecondaryDiagnosisFinding>(f => f.Severity == CcSeverity.Mcc && f.Status == SecondaryDiagnosisStatus.Counted);
        result.SecondaryDiagnoses[1].Status.Should().Be(SecondaryDiagnosisStatus.NotCc);
    }

    [Fact]
    public void Group_SecondaryOnPrincipalsExclusionList_DoesNotCount()
    {
        // J15.0 is on the CC exclusion list of J18.9 as principal diagnosis: a second pneumonia code adds nothing.
        var result = Group(Cases.Of("J189", sdx: ["J150:Y"]));

        result.Drg.Should().Be(195);
        result.SecondaryDiagnoses[0].Status.Should().Be(SecondaryDiagnosisStatus.ExcludedByPrincipalDiagnosis);
    }

    [Fact]
    public void Group_MccAliveSecondaryAndPatientDied_DoesNotCount()
    {
        // R57.0 cardiogenic shock is an MCC only when the patient is discharged alive.
        var alive = Group(Cases.Of("J189", sdx: ["R570:Y"], dischargeStatus: 1));
        var died = Group(Cases.Of("J189", sdx: ["R570:Y"], dischargeStatus: 20));

        alive.Drg.Should().Be(193);
        died.Drg.Should().Be(195);
        died.SecondaryDiagnoses[0].Status.Should().Be(SecondaryDiagnosisStatus.ExcludedPatientDied);
    }

    [Fact]
    public void Group_HospitalAcquiredConditionNotPresentOnAdmission_LosesItsMccAndIsReported()
    {
        // S72.001A (a hip fracture) is HAC 05 Falls and Trauma: an MCC when present on admission, nothing when acquired in hospital.
        var presentOnAdmission = Group(Cases.Of("J189", sdx: ["S72001A:Y"]));
        var acquired = Group(Cases.Of("J189", sdx: ["S72001A:N"]));

        presentOnAdmission.Drg.Should().Be(193);
        presentOnAdmission.Hacs.Should().BeEmpty();
        acquired.Drg.Should().Be(195);
        acquired.SecondaryDiagnoses[0].Status.Should().Be(SecondaryDiagnosisStatus.ExcludedHospitalAcquired);
        acquired.SecondaryDiagnoses[0].HacNumbers.Should().Equal(5);
        acquired.Hacs.Should().ContainSingle().Which.Should().Be(new HacFinding(5, "Falls and Trauma", "S72001A"));
    }

    [Fact]
    public void Group_SecondAmiCodeInAmiDrg_SuppressedAsMcc()
    {
        // DRGs 280-285 ignore secondary diagnoses with the 'ami' operand as CC/MCC; a heart-failure MCC still counts.
        var secondAmiOnly = Group(Cases.Of("I214", sdx: ["I213:Y"]));
        var heartFailure = Group(Cases.Of("I214", sdx: ["I5021:Y"]));

        secondAmiOnly.Drg.Should().Be(282);
        heartFailure.Drg.Should().Be(280);
    }

    [Fact]
    public void Group_AmiAndPatientDied_GroupsToExpiredAmiDrg()
    {
        Group(Cases.Of("I214", dischargeStatus: 20)).Drg.Should().Be(285);
    }
}
