global using Dispatch.Testing;
