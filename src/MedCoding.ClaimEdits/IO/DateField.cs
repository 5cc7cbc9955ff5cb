using MedCoding.CodeSets.IO;

namespace MedCoding.ClaimEdits.IO;

/// <summary>Writes and reads the dates of the claim-edit data's compiled files: a date as its day number, an optional date as the day number plus one (0 for none).</summary>
internal static class DateField
{
    /// <summary>Writes an optional date as a varint: 0 for none, else the day number plus one.</summary>
    public static void WriteOptionalDate(PayloadWriter writer, DateOnly? date) => writer.WriteVarInt(date is { } d ? d.DayNumber + 1 : 0);

    /// <summary>Reads a date written by <see cref="WriteOptionalDate"/>.</summary>
    public static DateOnly? ReadOptionalDate(ref PayloadReader field)
    {
        var value = field.ReadVarInt();
        return value == 0 ? null : ReadDayNumber(ref field, value - 1);
    }

    /// <summary>Reads a date written as its day number.</summary>
    public static DateOnly ReadDate(ref PayloadReader field) => ReadDayNumber(ref field, field.ReadVarInt());

    private static DateOnly ReadDayNumber(ref PayloadReader field, int dayNumber) =>
        dayNumber <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber(dayNumber) : throw field.Malformed("a date is out of range");
}
