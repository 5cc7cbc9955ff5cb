using MedCoding.CodeSets;

namespace MedCoding.Icd10Cm.Tabular;

/// <summary>The ICD-10-CM Tabular List as read from the CDC's XML: chapters in published order.</summary>
internal sealed record TabularList(string Version, IReadOnlyList<TabularChapter> Chapters, string SourcePath);

/// <summary>A chapter: its number, title, notes and sections (blocks).</summary>
internal sealed record TabularChapter(string Name, string Title, InstructionalNotes Notes, IReadOnlyList<TabularSection> Sections, int LineNumber);

/// <summary>A section (block) of categories: its id (<c>E08-E13</c>, or <c>B99</c>), title, notes and categories.</summary>
internal sealed record TabularSection(string Id, string Title, InstructionalNotes Notes, IReadOnlyList<TabularDiagnosis> Diagnoses, int LineNumber);

/// <summary>A <c>diag</c> element: a category or subcategory with its notes and nested diagnoses.</summary>
internal sealed record TabularDiagnosis(
    string Name,
    string Title,
    bool IsPlaceholder,
    InstructionalNotes Notes,
    IReadOnlyList<TabularDiagnosis> Children,
    int LineNumber);
