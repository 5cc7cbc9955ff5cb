using MedCoding.CodeSets;
using MedCoding.Grouping;

namespace MedCoding.Audit;

/// <summary>
/// Classifies every difference between a coder's version of a case and an auditor's (see <see cref="DifferenceKind"/>).
/// </summary>
/// <remarks>
/// Secondary diagnoses are paired in passes, each over what the earlier ones left: the same code (a POA change when the
/// indicators differ), then the same code but its 7th character, then the same category (first three characters: a
/// change of specificity), then the same chapter letter (a change to another category); what is left is removed (the
/// coder's) or added (the auditor's). When the principal diagnosis changed, the coder's principal joins the coder's
/// secondaries if the auditor kept it as a secondary, so resequencing is not also counted as an added code. Procedures are
/// paired by code, then by their first three characters (section, body system, root operation).
/// </remarks>
internal static class CaseDifferences
{
    public static List<CodingDifference> Compare(DrgCase coded, DrgCase audited, out int codesCoded, out int codesKept)
    {
        var differences = new List<CodingDifference>();
        var codedPdx = Codes.Normalize(coded.PrincipalDiagnosis.Code);
        var auditedPdx = Codes.Normalize(audited.PrincipalDiagnosis.Code);
        var codedPool = Items(coded.SecondaryDiagnoses);
        var auditedPool = Items(audited.SecondaryDiagnoses);

        if (codedPdx == auditedPdx)
        {
            AddPoaChange(differences, "pdx", coded.PrincipalDiagnosis.Poa, audited.PrincipalDiagnosis.Poa);
        }
        else
        {
            var promoted = codedPool.FindIndex(d => d.Code == auditedPdx);
            if (promoted >= 0)
            {
                differences.Add(new CodingDifference(DifferenceKind.PrincipalDiagnosisResequenced, "pdx", codedPdx, auditedPdx));
                AddPoaChange(differences, "pdx", codedPool[promoted].Poa, audited.PrincipalDiagnosis.Poa);
                codedPool.RemoveAt(promoted);
            }
            else
            {
                var kind = Codes.DifferOnlyInSeventhCharacter(codedPdx, auditedPdx) ? DifferenceKind.SeventhCharacterChanged : DifferenceKind.PrincipalDiagnosisChanged;
                differences.Add(new CodingDifference(kind, "pdx", codedPdx, auditedPdx));
            }

            // The coder's principal, kept by the auditor as a secondary, is no added code.
            if (auditedPool.Exists(d => d.Code == codedPdx))
            {
                codedPool.Add(new Item("pdx", codedPdx, coded.PrincipalDiagnosis.Poa));
            }
        }

        // Pass 1: the same code.
        Pair(codedPool, auditedPool, static (c, a) => c.Code == a.Code, (c, a) => AddPoaChange(differences, c.Position, c.Poa, a.Poa));

        // Pass 2-4: the same code but the 7th character, the same category, the same chapter letter.
        Pair(codedPool, auditedPool, static (c, a) => Codes.DifferOnlyInSeventhCharacter(c.Code, a.Code),
            (c, a) => differences.Add(new CodingDifference(DifferenceKind.SeventhCharacterChanged, c.Position, c.Code, a.Code)));
        Pair(codedPool, auditedPool, static (c, a) => Codes.Category(c.Code) == Codes.Category(a.Code),
            (c, a) => differences.Add(new CodingDifference(DifferenceKind.SecondaryDiagnosisSpecificityChanged, c.Position, c.Code, a.Code)));
        Pair(codedPool, auditedPool, static (c, a) => c.Code.Length > 0 && a.Code.Length > 0 && c.Code[0] == a.Code[0],
            (c, a) => differences.Add(new CodingDifference(DifferenceKind.SecondaryDiagnosisCategoryChanged, c.Position, c.Code, a.Code)));

        foreach (var item in codedPool)
        {
            differences.Add(new CodingDifference(DifferenceKind.SecondaryDiagnosisRemoved, item.Position, item.Code, null));
        }

        foreach (var item in auditedPool)
        {
            differences.Add(new CodingDifference(DifferenceKind.SecondaryDiagnosisAdded, item.Position, null, item.Code));
        }

        var proceduresKept = CompareProcedures(coded.Procedures, audited.Procedures, differences);

        if (coded.DischargeStatus != audited.DischargeStatus)
        {
            differences.Add(new CodingDifference(
                DifferenceKind.DischargeStatusChanged,
                "discharge_status",
                coded.DischargeStatus.ToString(System.Globalization.CultureInfo.InvariantCulture),
                audited.DischargeStatus.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        codesCoded = 1 + coded.SecondaryDiagnoses.Count + coded.Procedures.Count;
        codesKept = DiagnosesKept(coded, audited) + proceduresKept;
        return differences;
    }

    /// <summary>Returns how many of the coder's diagnoses the auditor kept, in any position (each auditor code counts once).</summary>
    private static int DiagnosesKept(DrgCase coded, DrgCase audited)
    {
        var remaining = new List<string>(audited.SecondaryDiagnoses.Count + 1) { Codes.Normalize(audited.PrincipalDiagnosis.Code) };
        remaining.AddRange(audited.SecondaryDiagnoses.Select(d => Codes.Normalize(d.Code)));
        var kept = 0;
        foreach (var code in coded.SecondaryDiagnoses.Select(d => d.Code).Prepend(coded.PrincipalDiagnosis.Code))
        {
            if (remaining.Remove(Codes.Normalize(code)))
            {
                kept++;
            }
        }

        return kept;
    }

    private static int CompareProcedures(IReadOnlyList<string> coded, IReadOnlyList<string> audited, List<CodingDifference> differences)
    {
        var codedPool = coded.Select((p, i) => new Item($"proc{i + 1}", Codes.Normalize(p), PresentOnAdmission.NotReported)).ToList();
        var auditedPool = audited.Select((p, i) => new Item($"proc{i + 1}", Codes.Normalize(p), PresentOnAdmission.NotReported)).ToList();
        var kept = 0;
        Pair(codedPool, auditedPool, static (c, a) => c.Code == a.Code, (_, _) => kept++);
        Pair(codedPool, auditedPool, static (c, a) => c.Code.Length >= 3 && a.Code.Length >= 3 && c.Code.AsSpan(0, 3).SequenceEqual(a.Code.AsSpan(0, 3)),
            (c, a) => differences.Add(new CodingDifference(DifferenceKind.ProcedureChanged, c.Position, c.Code, a.Code)));
        foreach (var item in codedPool)
        {
            differences.Add(new CodingDifference(DifferenceKind.ProcedureRemoved, item.Position, item.Code, null));
        }

        foreach (var item in auditedPool)
        {
            differences.Add(new CodingDifference(DifferenceKind.ProcedureAdded, item.Position, null, item.Code));
        }

        return kept;
    }

    private static void AddPoaChange(List<CodingDifference> differences, string position, PresentOnAdmission from, PresentOnAdmission to)
    {
        if (from != to)
        {
            differences.Add(new CodingDifference(DifferenceKind.PoaChanged, position, from.ToClaimValue(), to.ToClaimValue()));
        }
    }

    /// <summary>Pairs each coder's item with the first auditor's item that fits, in order, and takes both out of their pools.</summary>
    private static void Pair(List<Item> coded, List<Item> audited, Func<Item, Item, bool> fits, Action<Item, Item> paired)
    {
        for (var i = 0; i < coded.Count;)
        {
            var match = audited.FindIndex(a => fits(coded[i], a));
            if (match < 0)
            {
                i++;
                continue;
            }

            paired(coded[i], audited[match]);
            coded.RemoveAt(i);
            audited.RemoveAt(match);
        }
    }

    private static List<Item> Items(IReadOnlyList<DrgDiagnosis> diagnoses)
    {
        var items = new List<Item>(diagnoses.Count + 1);
        for (var i = 0; i < diagnoses.Count; i++)
        {
            items.Add(new Item($"sdx{i + 1}", Codes.Normalize(diagnoses[i].Code), diagnoses[i].Poa));
        }

        return items;
    }

    private readonly record struct Item(string Position, string Code, PresentOnAdmission Poa);
}
