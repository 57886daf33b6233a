import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor?: string;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor?: string;
}

/** Declares `<Name>Edge` and `<Name>Connection` object types for a node type, Relay style. */
export function ConnectionType<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => node)
    node: T;

    @Field()
    cursor: string;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionClass {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass;
}
