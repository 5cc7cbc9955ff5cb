using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.Cli;

/// <summary>Writes the answer to one lookup.</summary>
internal interface ILookupView
{
    void WriteFound(Icd10CmRelease release, CodeEntry entry);

    void WriteNotFound(string code, string error);
}
