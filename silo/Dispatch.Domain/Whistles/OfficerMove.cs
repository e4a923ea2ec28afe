using Dispatch.Domain.Officers;

namespace Dispatch.Domain.Whistles;

/// <summary>What a whistle step means for one officer's status (the officer grain applies it).</summary>
public sealed record OfficerMove(string OfficerId, WorkStep Step);
