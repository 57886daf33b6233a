import { createParamDecorator, Injectable, Module, type ExecutionContext } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { GraphqlContext, PasserelleRequest, Viewer } from '../http/request-context.js';

/**
 * What a domain contributes to every request's loaders: one batch that answers many keys at once,
 * a value (or null) per key in the order asked. It is a Nest provider of the owning domain, so it
 * reaches that domain's services; `viewer` is the request's caller, for answers that depend on who
 * asks (their registration, their price).
 */
export interface BatchLoader<K, V> {
  load(keys: readonly K[], viewer: Viewer | undefined): Promise<readonly (V | null)[]>;
}

/** The class of a batch loader: the typed key a resolver asks the registry for. */
export type LoaderKey<K, V> = abstract new (...args: never[]) => BatchLoader<K, V>;

/**
 * The loaders of one request (or one subscription event): one DataLoader per loader class, made
 * on first use. Every resolver that needs companies by id asks for the same `CompanyLoader`, so a
 * page that shows companies in three places still fetches them in one query.
 */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderKey<unknown, unknown>, DataLoader<unknown, unknown>>();

  constructor(
    private readonly batchOf: <K, V>(key: LoaderKey<K, V>) => BatchLoader<K, V>,
    private readonly viewer: () => Viewer | undefined,
  ) {}

  get<K, V>(key: LoaderKey<K, V>): DataLoader<K, V | null> {
    let loader = this.loaders.get(key as LoaderKey<unknown, unknown>) as DataLoader<K, V | null> | undefined;
    if (!loader) {
      const batch = this.batchOf(key);
      loader = new DataLoader<K, V | null>(async (keys) => [...(await batch.load(keys, this.viewer()))]);
      this.loaders.set(key as LoaderKey<unknown, unknown>, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Finds each loader class among the providers of the whole application, once. */
@Injectable()
export class LoaderRegistry {
  private readonly batches = new Map<LoaderKey<unknown, unknown>, BatchLoader<unknown, unknown>>();

  constructor(private readonly moduleRef: ModuleRef) {}

  forRequest(req: PasserelleRequest): RequestLoaders {
    return new RequestLoaders(
      (key) => this.batchOf(key),
      () => req.viewer,
    );
  }

  private batchOf<K, V>(key: LoaderKey<K, V>): BatchLoader<K, V> {
    const known = this.batches.get(key as LoaderKey<unknown, unknown>);
    if (known) return known as BatchLoader<K, V>;
    // A loader missing from every module is a wiring mistake: Nest's own error names the class.
    const batch = this.moduleRef.get(key as LoaderKey<unknown, unknown>, { strict: false });
    this.batches.set(key as LoaderKey<unknown, unknown>, batch);
    return batch as BatchLoader<K, V>;
  }
}

/** Provides the registry the GraphQL context takes each request's loaders from. */
@Module({ providers: [LoaderRegistry], exports: [LoaderRegistry] })
export class LoadersModule {}

/** The request's loaders: `loaders.get(CompanyLoader).load(id)`. */
export const Loaders = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestLoaders =>
    GqlExecutionContext.create(context).getContext<GraphqlContext>().loaders,
);
