namespace Dispatch.Domain.Officers;

public enum FixOutcome
{
    /// <summary>The fix becomes the officer's position.</summary>
    Accepted,
    /// <summary>Well-formed but not newer than the last fix (devices resend buffered fixes): dropped quietly.</summary>
    IgnoredOutOfOrder,
    /// <summary>Implies a speed no officer travels at (GPS jump): dropped quietly.</summary>
    IgnoredImpossibleSpeed,
    /// <summary>Sooner after the last accepted fix than the minimum interval: dropped to protect the system.</summary>
    IgnoredTooFrequent,
    /// <summary>The officer is off duty; positions are not tracked off duty.</summary>
    IgnoredOffDuty,
    /// <summary>Malformed: the caller gets an error.</summary>
    Rejected,
}
